package dev.mockinterview.api.store;

import java.time.Instant;
import java.util.UUID;

/**
 * An answer to store. {@code attempt} counts from 1 per question; the pair (question, attempt) is stored once.
 */
public record NewAnswer(
        UUID sessionId,
        String questionId,
        int attempt,
        AnswerKind kind,
        String text,
        boolean late,
        Instant receivedAt) {
    public NewAnswer {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt counts from 1");
        }
    }
}
