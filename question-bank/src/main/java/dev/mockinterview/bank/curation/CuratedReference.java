package dev.mockinterview.bank.curation;

import dev.mockinterview.bank.Source;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A corrected reference answer for one question cluster of the raw corpus, or a new answer for a question that
 * only appears in a table of contents.
 *
 * @param appliesTo the review-file id of one member of the cluster it corrects; null for a new question
 * @param id the id of a new question ({@code q-001-0216}); null when {@code appliesTo} is given
 * @param difficulty 1 recall, 2 explain or compare, 3 mechanism, design or derivation
 * @param originalProblem what was wrong, shallow or missing in the original answer
 * @param sources the original entries (every member of the cluster, or the table-of-contents line)
 * @param debated why the right answer is itself debated, or null when it is not
 */
public record CuratedReference(
        @Nullable String appliesTo,
        @Nullable String id,
        String question,
        String topic,
        int difficulty,
        String referenceAnswer,
        List<String> keyPoints,
        String originalProblem,
        List<Source> sources,
        @Nullable String debated) {

    public CuratedReference {
        keyPoints = List.copyOf(keyPoints);
        sources = List.copyOf(sources);
    }

    /** The question id this entry is served under: the corrected cluster member, or its own new id. */
    public String questionId() {
        if (appliesTo != null) {
            return appliesTo;
        }
        if (id != null) {
            return id;
        }
        throw new IllegalStateException("curated entry without appliesTo or id: " + question);
    }
}
