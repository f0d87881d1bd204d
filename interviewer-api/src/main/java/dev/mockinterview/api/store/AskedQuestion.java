package dev.mockinterview.api.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A question put to the candidate. The topic is kept here so that progress can be computed from the database
 * alone, even after the bank changes.
 */
public record AskedQuestion(
        UUID sessionId,
        int index,
        String questionId,
        String topic,
        Instant askedAt,
        Instant deadline,
        QuestionStatus status) {}
