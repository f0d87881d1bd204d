package dev.mockinterview.api.session.interview;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mockinterview.api.grading.GradeView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the interviewer says; the codec writes each as one JSON object with its {@link #type()} first. */
public sealed interface ServerMessage {

    String type();

    /** @param index the current question, 0-based; {@code total} once the session is over */
    record Session(UUID sessionId, String resumeToken, int total, String mode, String pace, boolean resumed, int index)
            implements ServerMessage {
        @Override
        public String type() {
            return "session";
        }

        @Override
        public String toString() {
            return "Session[sessionId=" + sessionId + ", resumeToken=<hidden>, index=" + index + "]";
        }
    }

    /** @param attempt 1 when first asked, 2 and up when asked again on a retry */
    record Question(
            int index,
            int total,
            String questionId,
            String topic,
            String topicName,
            String text,
            int difficulty,
            long timeLimitSec,
            Instant deadline,
            long remainingSec,
            int attempt)
            implements ServerMessage {
        @Override
        public String type() {
            return "question";
        }
    }

    /** The answer is stored: acknowledged, and on its way to a grade. */
    record Grading(String questionId, UUID answerId, int attempt, String kind, boolean late) implements ServerMessage {
        @Override
        public String type() {
            return "grading";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Graded(
            String questionId,
            UUID answerId,
            int attempt,
            String kind,
            boolean late,
            GradeView result,
            @Nullable Previous previous)
            implements ServerMessage {
        @Override
        public String type() {
            return "graded";
        }
    }

    /** The attempt before a retry, to compare with. */
    record Previous(BigDecimal score, List<String> covered) {}

    record FollowUp(String questionId, List<String> points, String text) implements ServerMessage {
        @Override
        public String type() {
            return "followUp";
        }
    }

    record Timeout(String questionId) implements ServerMessage {
        @Override
        public String type() {
            return "timeout";
        }
    }

    record Summary(
            UUID sessionId,
            BigDecimal score,
            List<TopicScore> byTopic,
            List<WeakPoint> weakest,
            int answered,
            int skipped,
            int total)
            implements ServerMessage {
        @Override
        public String type() {
            return "summary";
        }
    }

    record TopicScore(String topic, String name, BigDecimal score, int questions) {}

    record WeakPoint(String questionId, String topic, String point, String status) {}

    /** @param details typed members a client may act on ({@code questionId}, {@code limit}), sent beside the code */
    record Error(String code, String message, Map<String, Object> details) implements ServerMessage {
        public Error {
            details = Map.copyOf(details);
        }

        @Override
        public String type() {
            return "error";
        }
    }

    record Pong() implements ServerMessage {
        @Override
        public String type() {
            return "pong";
        }
    }
}
