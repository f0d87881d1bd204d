package dev.mockinterview.api.store;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a new session is made of: the questions were chosen before it is stored, so a resumed session asks the
 * same ones in the same order.
 */
public record SessionPlan(
        UUID userId, Mode mode, String grader, @Nullable Long seed, List<String> questionIds) {
    public SessionPlan {
        questionIds = List.copyOf(questionIds);
        if (questionIds.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one question");
        }
        if (questionIds.stream().anyMatch(id -> id.contains("\n"))) {
            throw new IllegalArgumentException("a question id cannot contain a line break");
        }
        if (questionIds.stream().distinct().count() != questionIds.size()) {
            throw new IllegalArgumentException("a session asks each question once");
        }
    }
}
