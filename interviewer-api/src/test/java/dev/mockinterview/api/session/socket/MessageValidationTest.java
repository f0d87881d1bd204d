package dev.mockinterview.api.session.socket;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every bad message gets {@code error {code, message}}, and the connection and the session go on. */
class MessageValidationTest extends SocketTestSupport {

    @Autowired
    MeterRegistry meters;

    @Test
    void framesThatAreNotMessagesAreAnsweredWithAnError() {
        SocketClient client = connect();
        client.sendRaw("this is not json");
        client.expectError("INVALID_MESSAGE");
        client.sendRaw("[1, 2]");
        client.expectError("INVALID_MESSAGE");
        client.sendRaw("{\"text\": \"no type\"}");
        client.expectError("INVALID_MESSAGE");
        client.sendRaw("{\"type\": 5}");
        client.expectError("INVALID_MESSAGE");
        client.sendRaw("{\"type\": \"dance\"}");
        client.expectError("UNKNOWN_MESSAGE_TYPE");
        client.send(Map.of("type", "resume", "sessionId", "not-a-uuid", "resumeToken", "x"));
        assertThat(client.expectError("INVALID_MESSAGE").path("field").asString())
                .isEqualTo("sessionId");
        client.assertAlive();

        assertThat(counter("interview.session.errors", "code", "UNKNOWN_MESSAGE_TYPE")
                        .count())
                .isGreaterThanOrEqualTo(1);
        assertThat(counter("interview.session.messages", "type", "ping").count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void sessionMessagesBeforeStartAreRefused() {
        SocketClient client = connect();
        client.send(answer("q-000-0001", "答案"));
        client.expectError("NO_ACTIVE_SESSION");
        client.send(skip("q-000-0001"));
        client.expectError("NO_ACTIVE_SESSION");
        client.send(type("next"));
        client.expectError("NO_ACTIVE_SESSION");
        client.send(Map.of("type", "retry", "questionId", "q-000-0001"));
        client.expectError("NO_ACTIVE_SESSION");
        client.send(type("end"));
        client.expectError("NO_ACTIVE_SESSION");
        client.assertAlive();
    }

    @Test
    void badAnswersAndMovesOutOfTurnLeaveTheSessionWhereItWas() {
        SocketClient client = connect();
        start(client, Map.of("count", 2, "pace", "manual"));
        JsonNode first = client.expect("question");
        String firstId = first.path("questionId").asString();
        Gauge active = meters.find("interview.session.active").gauge();
        assertThat(active).isNotNull();
        assertThat(active.value()).isGreaterThanOrEqualTo(1);

        client.send(answer("q-not-current", "答案"));
        assertThat(client.expectError("WRONG_QUESTION").path("questionId").asString())
                .isEqualTo(firstId);
        client.send(Map.of("type", "answer", "questionId", firstId));
        client.expectError("INVALID_MESSAGE");
        client.send(answer(firstId, "   \n "));
        client.expectError("ANSWER_EMPTY");
        client.send(answer(firstId, "长".repeat(8001)));
        assertThat(client.expectError("ANSWER_TOO_LONG").path("limit").asInt()).isEqualTo(8000);
        client.send(type("next"));
        client.expectError("NOT_ALLOWED_NOW");
        client.send(Map.of("type", "retry", "questionId", firstId));
        client.expectError("NOT_ALLOWED_NOW");
        client.send(Map.of("type", "start"));
        client.expectError("NOT_ALLOWED_NOW");

        client.send(skip(firstId));
        JsonNode second = client.expect("question");
        assertQuestion(second, 1, 2);
        client.send(answer(firstId, "补答"));
        client.expectError("QUESTION_CLOSED");
        client.send(skip(firstId));
        client.expectError("QUESTION_CLOSED");

        String secondId = second.path("questionId").asString();
        client.send(answer(secondId, question(second).referenceAnswer()));
        client.expect("grading");
        client.expect("graded");
        assertThat(counter("interview.session.errors", "code", "WRONG_QUESTION").count())
                .isGreaterThanOrEqualTo(1);
        assertThat(counter("interview.session.messages", "type", "answer").count())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void examSessionsHaveNoRetries() {
        SocketClient client = connect();
        start(client, Map.of("mode", "exam", "count", 1));
        JsonNode question = client.expect("question");
        client.send(Map.of(
                "type", "retry", "questionId", question.path("questionId").asString()));
        client.expectError("NOT_ALLOWED_NOW");
        client.send(type("end"));
        assertThat(client.expect("summary").path("skipped").asInt()).isEqualTo(1);
    }

    private Counter counter(String name, String tag, String value) {
        Counter counter = meters.find(name).tag(tag, value).counter();
        assertThat(counter).as("%s{%s=%s}", name, tag, value).isNotNull();
        return counter;
    }
}
