package dev.mockinterview.api.session.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code resume}: after a drop, over another connection, after the deadline passed away, and when finished. */
class ResumeTest extends SocketTestSupport {

    @Test
    void aDroppedSessionContinuesAtTheSameQuestionWithItsRemainingTime() {
        SocketClient first = connect();
        JsonNode session = start(first, Map.of("count", 2));
        JsonNode asked = first.expect("question");
        first.close();

        SocketClient second = connect();
        second.send(resume(session));
        JsonNode resumed = second.expect("session");
        assertThat(resumed.path("resumed").asBoolean()).isTrue();
        assertThat(resumed.path("sessionId").asString())
                .isEqualTo(session.path("sessionId").asString());
        assertThat(resumed.path("index").asInt()).isZero();
        assertThat(resumed.path("total").asInt()).isEqualTo(2);
        JsonNode again = second.expect("question");
        assertThat(again.path("questionId").asString())
                .isEqualTo(asked.path("questionId").asString());
        assertThat(again.path("attempt").asInt()).isEqualTo(1);
        assertThat(again.path("deadline").asString())
                .isEqualTo(asked.path("deadline").asString());
        assertThat(again.path("remainingSec").asLong())
                .isLessThanOrEqualTo(asked.path("remainingSec").asLong());

        String questionId = again.path("questionId").asString();
        second.send(answer(questionId, question(again).referenceAnswer()));
        assertThat(second.expect("grading").path("questionId").asString()).isEqualTo(questionId);
        assertThat(sessions.askedQuestions(sessionId(session)).collectList().block(SocketClient.WAIT))
                .hasSize(1);
    }

    @Test
    void aSecondConnectionResumingTakesTheSessionOver() {
        SocketClient first = connect();
        JsonNode session = start(first, Map.of("count", 2));
        first.expect("question");

        SocketClient second = connect();
        second.send(resume(session));
        assertThat(second.expect("session").path("resumed").asBoolean()).isTrue();
        JsonNode question = second.expect("question");

        first.expectError("SESSION_TAKEN_OVER");
        assertThat(first.awaitClosed().getCode()).isEqualTo(4000);
        second.send(skip(question.path("questionId").asString()));
        assertQuestion(second.expect("question"), 1, 2);
    }

    @Test
    void aWrongTokenOrAnUnknownSessionIsRefusedAndTheConnectionStays() {
        SocketClient owner = connect();
        JsonNode session = start(owner, Map.of("count", 1));
        owner.expect("question");

        SocketClient other = connect();
        other.send(
                Map.of("type", "resume", "sessionId", session.path("sessionId").asString(), "resumeToken", "guess"));
        other.expectError("BAD_RESUME_TOKEN");
        other.send(Map.of("type", "resume", "sessionId", UUID.randomUUID().toString(), "resumeToken", "guess"));
        other.expectError("SESSION_NOT_FOUND");
        other.assertAlive();
        owner.assertAlive();
    }

    @Test
    void aFinishedSessionResumesToItsSummary() {
        SocketClient first = connect();
        JsonNode session = start(first, Map.of("mode", "exam", "count", 1));
        JsonNode question = first.expect("question");
        first.send(answer(
                question.path("questionId").asString(), question(question).referenceAnswer()));
        first.expect("grading");
        JsonNode summary = first.expect("summary");
        first.close();

        SocketClient second = connect();
        second.send(resume(session));
        JsonNode resumed = second.expect("session");
        assertThat(resumed.path("index").asInt()).isEqualTo(1);
        JsonNode again = second.expect("summary");
        assertThat(again.path("score").decimalValue())
                .isEqualByComparingTo(summary.path("score").decimalValue());
        assertThat(again.path("answered").asInt()).isEqualTo(1);
    }

    @Test
    void aQuestionWhoseTimeRanOutWhileAwayIsTimedOutOnResume() {
        SocketClient first = connect();
        JsonNode session = start(first, Map.of("count", 2));
        JsonNode asked = first.expect("question");
        first.close();

        clock.advance(Duration.ofSeconds(asked.path("timeLimitSec").asLong() + 11));
        SocketClient second = connect();
        second.send(resume(session));
        second.expect("session");
        assertThat(second.expect("timeout").path("questionId").asString())
                .isEqualTo(asked.path("questionId").asString());
        assertQuestion(second.expect("question"), 1, 2);
    }

    @Test
    void anAnswerAfterTheDeadlineWithinTheGraceIsStoredAsLate() {
        SocketClient client = connect();
        start(client, Map.of("mode", "exam", "count", 1));
        JsonNode asked = client.expect("question");
        clock.advance(Duration.ofSeconds(asked.path("timeLimitSec").asLong() + 1));
        client.send(answer(asked.path("questionId").asString(), question(asked).referenceAnswer()));
        assertThat(client.expect("grading").path("late").asBoolean()).isTrue();
        assertThat(client.expect("summary").path("answered").asInt()).isEqualTo(1);
    }

    @Test
    void aPendingFollowUpIsAskedAgainOnResume() {
        SocketClient first = connect();
        JsonNode session = start(first, Map.of("count", 1, "seed", 3));
        JsonNode asked = first.expect("question");
        String questionId = asked.path("questionId").asString();
        first.send(answer(questionId, "不清楚。"));
        first.expect("grading");
        JsonNode graded = first.expect("graded");
        if (missedOrPartial(graded).isEmpty()) {
            first.expect("summary");
            return;
        }
        JsonNode followUp = first.expect("followUp");
        first.close();

        SocketClient second = connect();
        second.send(resume(session));
        second.expect("session");
        assertThat(second.expect("graded").path("answerId").asString())
                .isEqualTo(graded.path("answerId").asString());
        assertThat(second.expect("followUp").path("points")).isEqualTo(followUp.path("points"));
        second.send(skip(questionId));
        assertThat(second.expect("summary").path("answered").asInt()).isEqualTo(1);
    }

    @Test
    void anAnswerLeftWhileItsGradeWasPendingIsGradedOnTheResumedConnection() {
        SocketClient first = connect();
        JsonNode session = start(first, Map.of("count", 2, "pace", "manual"));
        JsonNode asked = first.expect("question");
        String questionId = asked.path("questionId").asString();
        first.send(answer(questionId, question(asked).referenceAnswer()));
        JsonNode grading = first.expect("grading");
        first.close();

        SocketClient second = connect();
        second.send(resume(session));
        assertThat(second.expect("session").path("index").asInt()).isZero();
        JsonNode graded = second.expect("graded");
        assertThat(graded.path("answerId").asString())
                .isEqualTo(grading.path("answerId").asString());
        if (!missedOrPartial(graded).isEmpty()) {
            second.expect("followUp");
            second.send(skip(questionId));
        }
        second.send(type("next"));
        assertQuestion(second.expect("question"), 1, 2);
    }

    @Test
    void aSessionMarkedAbandonedIsActiveAgainOnResume() {
        SocketClient first = connect();
        JsonNode session = start(first, Map.of("count", 1));
        JsonNode asked = first.expect("question");
        first.close();
        UUID user = sessions.find(sessionId(session)).block(SocketClient.WAIT).userId();
        turns.abandonIdle(user, clock.instant().plus(Duration.ofMinutes(1))).block(SocketClient.WAIT);

        SocketClient second = connect();
        second.send(resume(session));
        second.expect("session");
        assertThat(second.expect("question").path("questionId").asString())
                .isEqualTo(asked.path("questionId").asString());
        assertThat(sessions.find(sessionId(session))
                        .block(SocketClient.WAIT)
                        .status()
                        .name())
                .isEqualTo("ACTIVE");
    }

    private static Map<String, Object> resume(JsonNode session) {
        return Map.of(
                "type",
                "resume",
                "sessionId",
                session.path("sessionId").asString(),
                "resumeToken",
                session.path("resumeToken").asString());
    }

    private static UUID sessionId(JsonNode session) {
        return UUID.fromString(session.path("sessionId").asString());
    }
}
