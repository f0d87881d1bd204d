package dev.mockinterview.bank.review;

import dev.mockinterview.bank.importing.LineRange;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reviewer's record of one question entry of the bundled corpus.
 *
 * @param id {@code q-{document prefix}-{line}}, e.g. {@code q-000-0007}
 * @param cluster the duplicate cluster label: entries with the same label ask the same question
 */
public record ReviewEntry(
        String id,
        String document,
        int line,
        @Nullable String section,
        String question,
        String cluster,
        String topic,
        boolean hasAnswer,
        List<LineRange> answerLines,
        int answerChars,
        List<ReviewFlag> flags) {
    public ReviewEntry {
        answerLines = List.copyOf(answerLines);
        flags = List.copyOf(flags);
    }

    public boolean flagged(String flag) {
        return flags.stream().anyMatch(f -> f.flag().equals(flag));
    }

    public List<String> flagNames() {
        return flags.stream().map(ReviewFlag::flag).distinct().toList();
    }
}
