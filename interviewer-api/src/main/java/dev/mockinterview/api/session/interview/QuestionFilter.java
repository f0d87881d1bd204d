package dev.mockinterview.api.session.interview;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which questions a session asks.
 *
 * @param topics topic ids; empty means every topic
 * @param seed when present the pick depends on the seed and the filters alone (recent questions are not avoided),
 *     so the same seed gives the same questions
 * @param spread take topics in turn instead of at random
 */
record QuestionFilter(
        List<String> topics,
        int count,
        @Nullable Integer difficulty,
        boolean trustedOnly,
        @Nullable Long seed,
        boolean spread) {
    QuestionFilter {
        topics = List.copyOf(topics);
    }
}
