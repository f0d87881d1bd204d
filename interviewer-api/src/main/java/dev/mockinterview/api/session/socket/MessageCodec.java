package dev.mockinterview.api.session.socket;

import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.api.session.interview.ClientMessage;
import dev.mockinterview.api.session.interview.ServerMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text frames to client messages and server messages to text frames. Reading never throws: a frame that is not a
 * message of the protocol becomes {@link ClientMessage.Invalid} with the code the client is told.
 */
final class MessageCodec {

    private static final Set<String> MODES = Set.of("practice", "exam");
    private static final Set<String> PACES = Set.of("auto", "manual");
    private static final Set<String> GRADERS = Set.of("embedding", "llm", "auto");

    private final JsonMapper json;

    MessageCodec(JsonMapper json) {
        this.json = json;
    }

    String write(ServerMessage message) {
        ObjectNode out = json.createObjectNode();
        out.put("type", message.type());
        if (message instanceof ServerMessage.Error error) {
            out.put("code", error.code());
            out.put("message", error.message());
            error.details().forEach((name, value) -> {
                if (!out.has(name)) {
                    out.set(name, json.valueToTree(value));
                }
            });
        } else {
            out.setAll((ObjectNode) json.valueToTree(message));
        }
        return json.writeValueAsString(out);
    }

    ClientMessage read(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            return invalid("The frame is not JSON.");
        }
        if (node == null || !node.isObject()) {
            return invalid("A message is a JSON object with a type.");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isString()) {
            return invalid("A message needs a string type.");
        }
        try {
            return switch (type.stringValue()) {
                case "start" -> start(node);
                case "answer" -> new ClientMessage.Answer(required(node, "questionId"), required(node, "text"));
                case "skip" -> new ClientMessage.Skip(required(node, "questionId"));
                case "resume" -> resume(node);
                case "end" -> new ClientMessage.End();
                case "ping" -> new ClientMessage.Ping();
                case "next" -> new ClientMessage.Next();
                case "retry" -> new ClientMessage.Retry(required(node, "questionId"));
                default ->
                    new ClientMessage.Invalid(
                            ErrorCode.UNKNOWN_MESSAGE_TYPE,
                            "Unknown message type '" + abbreviated(type.stringValue()) + "'.",
                            Map.of());
            };
        } catch (BadField e) {
            return new ClientMessage.Invalid(ErrorCode.INVALID_MESSAGE, e.getMessage(), Map.of("field", e.field));
        }
    }

    private static ClientMessage start(JsonNode node) {
        List<String> topics = null;
        JsonNode topicsNode = present(node, "topics");
        if (topicsNode != null) {
            if (!topicsNode.isArray()) {
                throw new BadField("topics", "topics must be an array of topic ids.");
            }
            topics = new ArrayList<>();
            for (JsonNode topic : topicsNode) {
                if (!topic.isString()) {
                    throw new BadField("topics", "topics must be an array of topic ids.");
                }
                topics.add(topic.stringValue());
            }
        }
        return new ClientMessage.Start(
                topics,
                optionalInt(node, "count"),
                optionalInt(node, "difficulty"),
                optionalChoice(node, "mode", MODES),
                optionalChoice(node, "grader", GRADERS),
                optionalLong(node, "seed"),
                optionalChoice(node, "pace", PACES),
                optionalBoolean(node, "spread"),
                optionalBoolean(node, "trustedOnly"));
    }

    private static ClientMessage resume(JsonNode node) {
        String sessionId = required(node, "sessionId");
        try {
            return new ClientMessage.Resume(UUID.fromString(sessionId), required(node, "resumeToken"));
        } catch (IllegalArgumentException e) {
            throw new BadField("sessionId", "sessionId must be a session's UUID.");
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = present(node, field);
        if (value == null || !value.isString()) {
            throw new BadField(field, field + " is required and must be a string.");
        }
        return value.stringValue();
    }

    private static @Nullable Integer optionalInt(JsonNode node, String field) {
        JsonNode value = present(node, field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new BadField(field, field + " must be a whole number.");
        }
        return value.intValue();
    }

    private static @Nullable Long optionalLong(JsonNode node, String field) {
        JsonNode value = present(node, field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new BadField(field, field + " must be a whole number.");
        }
        return value.longValue();
    }

    private static @Nullable Boolean optionalBoolean(JsonNode node, String field) {
        JsonNode value = present(node, field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new BadField(field, field + " must be true or false.");
        }
        return value.booleanValue();
    }

    private static @Nullable String optionalChoice(JsonNode node, String field, Set<String> choices) {
        JsonNode value = present(node, field);
        if (value == null) {
            return null;
        }
        if (!value.isString() || !choices.contains(value.stringValue())) {
            throw new BadField(
                    field,
                    field + " must be one of " + choices.stream().sorted().toList() + ".");
        }
        return value.stringValue();
    }

    private static @Nullable JsonNode present(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private static ClientMessage invalid(String message) {
        return new ClientMessage.Invalid(ErrorCode.INVALID_MESSAGE, message, Map.of());
    }

    /** A client's text is echoed only in part, so an error can never grow with what the client sent. */
    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static final class BadField extends RuntimeException {
        private final String field;

        BadField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
