package dev.mockinterview.bank.build;

import dev.mockinterview.bank.Source;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A curator's corrected reference for one question, as the build applies it.
 *
 * @param appliesTo an entry id of the cluster it corrects, or null for a question that no entry answers
 * @param id the id of a new question (only when {@code appliesTo} is null)
 * @param originalProblem what was wrong with the original reference, kept in the quality notes
 * @param debated the field itself disagrees: recorded as a flag, still trusted
 */
public record Correction(
        @Nullable String appliesTo,
        @Nullable String id,
        String question,
        String topic,
        int difficulty,
        String referenceAnswer,
        List<String> keyPoints,
        String originalProblem,
        List<Source> sources,
        boolean debated) {
    public Correction {
        keyPoints = List.copyOf(keyPoints);
        sources = List.copyOf(sources);
    }
}
