package dev.mockinterview.api.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How far the conversation about one asked question went: how many times it was asked (1 + retries), the deadline
 * of the latest ask, and the follow-up's state.
 */
public record QuestionTurn(
        int index,
        String questionId,
        int asks,
        Instant deadline,
        @Nullable FollowUpState followUp) {}
