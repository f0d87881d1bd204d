package dev.mockinterview.api.report;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question as the session asked it, with every answer given to it.
 *
 * @param question the question's text from the bank; null when the bank no longer holds the question
 * @param status {@code pending}, {@code answered}, {@code skipped} or {@code timed_out}
 */
public record AskedQuestionView(
        int index,
        String questionId,
        String topic,
        @Nullable String question,
        String status,
        Instant askedAt,
        Instant deadline,
        List<AnswerView> answers) {
    public AskedQuestionView {
        answers = List.copyOf(answers);
    }
}
