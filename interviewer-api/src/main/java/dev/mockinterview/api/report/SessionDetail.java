package dev.mockinterview.api.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A whole session as stored. Only the questions asked so far are listed: the plan's later questions stay unknown
 * to the client until they are asked.
 *
 * @param total questions planned for the session
 * @param currentIndex the index of the question the session is at
 */
public record SessionDetail(
        UUID id,
        String mode,
        String status,
        String grader,
        Instant createdAt,
        Instant updatedAt,
        int total,
        int currentIndex,
        List<AskedQuestionView> questions) {
    public SessionDetail {
        questions = List.copyOf(questions);
    }
}
