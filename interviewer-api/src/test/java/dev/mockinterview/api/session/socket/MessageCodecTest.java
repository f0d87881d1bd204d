package dev.mockinterview.api.session.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.api.session.interview.ClientMessage;
import dev.mockinterview.api.session.interview.ServerMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Frames to messages and back, without a server: every shape the protocol allows, and what it refuses. */
class MessageCodecTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final MessageCodec codec = new MessageCodec(json);

    @Test
    void readsAStartWithEveryFilter() {
        ClientMessage message = codec.read("{\"type\":\"start\",\"topics\":[\"rag\",\"peft\"],\"count\":3,"
                + "\"difficulty\":2,\"mode\":\"exam\",\"grader\":\"embedding\",\"seed\":9007199254740993,"
                + "\"pace\":\"manual\",\"spread\":false,\"trustedOnly\":false}");

        assertThat(message)
                .isEqualTo(new ClientMessage.Start(
                        List.of("rag", "peft"), 3, 2, "exam", "embedding", 9007199254740993L, "manual", false, false));
    }

    @Test
    void readsAnEmptyStartAsAllDefaults() {
        assertThat(codec.read("{\"type\":\"start\",\"topics\":null}"))
                .isEqualTo(new ClientMessage.Start(null, null, null, null, null, null, null, null, null));
    }

    @Test
    void readsEveryOtherMessageType() {
        UUID id = UUID.randomUUID();
        assertThat(codec.read("{\"type\":\"answer\",\"questionId\":\"q-1\",\"text\":\"答\"}"))
                .isEqualTo(new ClientMessage.Answer("q-1", "答"));
        assertThat(codec.read("{\"type\":\"skip\",\"questionId\":\"q-1\"}")).isEqualTo(new ClientMessage.Skip("q-1"));
        assertThat(codec.read("{\"type\":\"retry\",\"questionId\":\"q-1\"}")).isEqualTo(new ClientMessage.Retry("q-1"));
        assertThat(codec.read("{\"type\":\"resume\",\"sessionId\":\"" + id + "\",\"resumeToken\":\"t\"}"))
                .isEqualTo(new ClientMessage.Resume(id, "t"));
        assertThat(codec.read("{\"type\":\"end\"}")).isEqualTo(new ClientMessage.End());
        assertThat(codec.read("{\"type\":\"next\"}")).isEqualTo(new ClientMessage.Next());
        assertThat(codec.read("{\"type\":\"ping\"}")).isEqualTo(new ClientMessage.Ping());
    }

    @Test
    void refusesFramesThatAreNotMessagesWithTheirCode() {
        assertInvalid("{", ErrorCode.INVALID_MESSAGE);
        assertInvalid("\"start\"", ErrorCode.INVALID_MESSAGE);
        assertInvalid("{\"type\":null}", ErrorCode.INVALID_MESSAGE);
        assertInvalid("{\"type\":\"answer\",\"questionId\":\"q-1\",\"text\":7}", ErrorCode.INVALID_MESSAGE);
        assertInvalid("{\"type\":\"start\",\"count\":2.5}", ErrorCode.INVALID_MESSAGE);
        assertInvalid("{\"type\":\"start\",\"topics\":\"rag\"}", ErrorCode.INVALID_MESSAGE);
        assertInvalid("{\"type\":\"start\",\"spread\":\"yes\"}", ErrorCode.INVALID_MESSAGE);
        assertInvalid("{\"type\":\"start\",\"pace\":\"slow\"}", ErrorCode.INVALID_MESSAGE);
        assertInvalid("{\"type\":\"" + "x".repeat(200) + "\"}", ErrorCode.UNKNOWN_MESSAGE_TYPE);
        ClientMessage.Invalid unknown = (ClientMessage.Invalid) codec.read("{\"type\":\"" + "x".repeat(200) + "\"}");
        assertThat(unknown.message()).hasSizeLessThan(100);
    }

    @Test
    void writesTheTypeFirstAndErrorDetailsBesideTheCodeWithoutReplacingIt() {
        JsonNode error = json.readTree(codec.write(new ServerMessage.Error(
                "WRONG_QUESTION", "not this one", Map.of("questionId", "q-2", "type", "sneaky", "limit", 3))));

        assertThat(error.propertyNames()).first().isEqualTo("type");
        assertThat(error.path("type").asString()).isEqualTo("error");
        assertThat(error.path("code").asString()).isEqualTo("WRONG_QUESTION");
        assertThat(error.path("questionId").asString()).isEqualTo("q-2");
        assertThat(error.path("limit").asInt()).isEqualTo(3);

        JsonNode timeout = json.readTree(codec.write(new ServerMessage.Timeout("q-1")));
        assertThat(timeout.propertyNames()).containsExactly("type", "questionId");
    }

    private void assertInvalid(String frame, ErrorCode code) {
        assertThat(codec.read(frame))
                .as(frame)
                .isInstanceOfSatisfying(
                        ClientMessage.Invalid.class,
                        invalid -> assertThat(invalid.code()).isEqualTo(code));
    }
}
