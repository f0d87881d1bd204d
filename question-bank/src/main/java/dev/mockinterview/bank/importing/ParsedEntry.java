package dev.mockinterview.bank.importing;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One question entry as a document gives it, before deduplication.
 *
 * @param line the 1-based line of the question
 * @param answerLines where the answer was read from, in reading order (displaced bodies make this more than one
 *     range); empty when the entry has no answer
 * @param answer the cleaned answer text (normalised, noise removed), empty when there is none
 * @param note a grading note that came with the entry (the TSV {@code 列1} column), or null
 * @param attributes extra fields a format carries (JSON Lines: id, topic, difficulty, keyPoints ...), by name
 */
public record ParsedEntry(
        String document,
        int line,
        @Nullable String section,
        String question,
        List<LineRange> answerLines,
        String answer,
        @Nullable String note,
        Map<String, String> attributes) {
    public ParsedEntry {
        answerLines = List.copyOf(answerLines);
        attributes = Map.copyOf(attributes);
    }

    public boolean hasAnswer() {
        return !answer.isBlank();
    }
}
