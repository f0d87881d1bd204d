package dev.mockinterview.api.store;

import java.time.Instant;
import java.util.UUID;

public record Answer(
        UUID id,
        UUID sessionId,
        String questionId,
        int attempt,
        AnswerKind kind,
        String text,
        boolean late,
        Instant receivedAt) {}
