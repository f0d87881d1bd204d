package dev.mockinterview.api.session.store;

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
