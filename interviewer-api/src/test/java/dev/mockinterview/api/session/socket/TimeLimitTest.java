package dev.mockinterview.api.session.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The server's timer: with one-second limits, unanswered questions time out and the next one follows. */
@TestPropertySource(
        properties = {
            "interview.session.easy-time-limit=1s",
            "interview.session.medium-time-limit=1s",
            "interview.session.hard-time-limit=1s",
            "interview.session.grace=1s"
        })
class TimeLimitTest extends SocketTestSupport {

    @Test
    void unansweredQuestionsTimeOutOneAfterAnother() {
        SocketClient client = connect();
        start(client, Map.of("mode", "practice", "count", 2));
        JsonNode first = client.expect("question");
        assertThat(first.path("timeLimitSec").asLong()).isEqualTo(1);
        assertThat(client.expect("timeout").path("questionId").asString())
                .isEqualTo(first.path("questionId").asString());
        JsonNode second = client.expect("question");
        assertQuestion(second, 1, 2);
        assertThat(client.expect("timeout").path("questionId").asString())
                .isEqualTo(second.path("questionId").asString());
        JsonNode summary = client.expect("summary");
        assertThat(summary.path("skipped").asInt()).isEqualTo(2);
        assertThat(summary.path("answered").asInt()).isZero();
        assertThat(summary.path("score").asDouble()).isZero();
    }
}
