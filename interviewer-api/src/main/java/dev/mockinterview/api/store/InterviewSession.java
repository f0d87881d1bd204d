package dev.mockinterview.api.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored session. {@code version} grows with every change; a change made from a stale copy is refused, so two
 * connections that both think they own the session cannot both move it.
 */
public record InterviewSession(
        UUID id,
        UUID userId,
        Mode mode,
        String grader,
        @Nullable Long seed,
        List<String> questionIds,
        int currentIndex,
        SessionStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version) {
    public InterviewSession {
        questionIds = List.copyOf(questionIds);
    }
}
