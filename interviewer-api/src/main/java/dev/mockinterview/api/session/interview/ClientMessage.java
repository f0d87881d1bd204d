package dev.mockinterview.api.session.interview;

import dev.mockinterview.api.error.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a client says, already checked for shape; {@link Invalid} stands for a frame that could not be read. */
public sealed interface ClientMessage {

    /** The wire {@code type}, for metrics. */
    String type();

    /**
     * @param count questions, 1 to {@code interview.session.max-count}; default {@code interview.session.default-count}
     * @param trustedOnly false to include questions whose reference is not trusted
     */
    record Start(
            @Nullable List<String> topics,
            @Nullable Integer count,
            @Nullable Integer difficulty,
            @Nullable String mode,
            @Nullable String grader,
            @Nullable Long seed,
            @Nullable String pace,
            @Nullable Boolean spread,
            @Nullable Boolean trustedOnly)
            implements ClientMessage {
        public Start {
            topics = topics == null ? null : List.copyOf(topics);
        }

        @Override
        public String type() {
            return "start";
        }
    }

    record Answer(String questionId, String text) implements ClientMessage {
        @Override
        public String type() {
            return "answer";
        }
    }

    record Skip(String questionId) implements ClientMessage {
        @Override
        public String type() {
            return "skip";
        }
    }

    record Resume(UUID sessionId, String resumeToken) implements ClientMessage {
        @Override
        public String type() {
            return "resume";
        }

        @Override
        public String toString() {
            return "Resume[sessionId=" + sessionId + ", resumeToken=<hidden>]";
        }
    }

    record End() implements ClientMessage {
        @Override
        public String type() {
            return "end";
        }
    }

    record Ping() implements ClientMessage {
        @Override
        public String type() {
            return "ping";
        }
    }

    record Next() implements ClientMessage {
        @Override
        public String type() {
            return "next";
        }
    }

    record Retry(String questionId) implements ClientMessage {
        @Override
        public String type() {
            return "retry";
        }
    }

    /** A frame that is not a message we know: answered with {@code error} and otherwise ignored. */
    record Invalid(ErrorCode code, String message, Map<String, Object> details) implements ClientMessage {
        public Invalid {
            details = Map.copyOf(details);
        }

        @Override
        public String type() {
            return "invalid";
        }
    }
}
