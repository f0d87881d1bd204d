package dev.mockinterview.api.session.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.api.store.Transcript;
import dev.mockinterview.api.store.TranscriptQueries;
import dev.mockinterview.bank.Question;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Practice and exam sessions over a real WebSocket, graded by the embedded grader against the real bank. */
class InterviewFlowTest extends SocketTestSupport {

    private static final String WEAK_ANSWER = "这个我不太清楚，没有用过。";

    @Autowired
    TranscriptQueries transcripts;

    @Autowired
    MeterRegistry meters;

    @Test
    void practiceGradesEachAnswerFollowsUpOnMissedPointsAndSumsUp() {
        SocketClient client = connect();
        JsonNode session = start(client, Map.of("mode", "practice", "count", 2, "seed", 11));
        assertThat(session.path("total").asInt()).isEqualTo(2);
        assertThat(session.path("mode").asString()).isEqualTo("practice");
        assertThat(session.path("pace").asString()).isEqualTo("auto");
        assertThat(session.path("resumed").asBoolean()).isFalse();
        assertThat(session.path("resumeToken").asString()).isNotBlank();

        JsonNode first = client.expect("question");
        assertQuestion(first, 0, 2);
        assertThat(first.path("attempt").asInt()).isEqualTo(1);
        assertThat(first.path("remainingSec").asLong())
                .isBetween(
                        first.path("timeLimitSec").asLong() - 1,
                        first.path("timeLimitSec").asLong());
        String firstId = first.path("questionId").asString();
        int difficulty = question(first).difficulty();
        assertThat(first.path("difficulty").asInt()).isEqualTo(difficulty);
        assertThat(first.path("timeLimitSec").asLong()).isEqualTo(difficulty == 1 ? 180 : difficulty == 2 ? 300 : 420);

        client.send(answer(firstId, WEAK_ANSWER));
        JsonNode grading = client.expect("grading");
        assertThat(grading.path("questionId").asString()).isEqualTo(firstId);
        assertThat(grading.path("kind").asString()).isEqualTo("answer");
        assertThat(grading.path("attempt").asInt()).isEqualTo(1);
        assertThat(grading.path("late").asBoolean()).isFalse();
        JsonNode graded = client.expect("graded");
        assertThat(graded.path("answerId").asString())
                .isEqualTo(grading.path("answerId").asString());
        assertThat(graded.path("result").path("referenceAnswer").asString()).isNotBlank();
        assertThat(graded.path("result").path("score").isNumber()).isTrue();
        assertThat(graded.has("previous")).isFalse();

        List<String> missed = missedOrPartial(graded);
        if (!missed.isEmpty()) {
            JsonNode followUp = client.expect("followUp");
            assertThat(followUp.path("questionId").asString()).isEqualTo(firstId);
            List<String> points = followUp.path("points")
                    .valueStream()
                    .map(JsonNode::asString)
                    .toList();
            assertThat(points).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(missed).containsAll(points);
            assertThat(followUp.path("text").asString()).startsWith("你没有提到").contains(points.get(0));

            client.send(answer(firstId, question(first).referenceAnswer()));
            JsonNode supplement = client.expect("grading");
            assertThat(supplement.path("kind").asString()).isEqualTo("follow_up");
            assertThat(supplement.path("attempt").asInt()).isEqualTo(2);
            assertThat(client.expect("graded").path("kind").asString()).isEqualTo("follow_up");
        }

        JsonNode second = client.expect("question");
        assertQuestion(second, 1, 2);
        String secondId = second.path("questionId").asString();
        assertThat(secondId).isNotEqualTo(firstId);
        client.send(answer(secondId, question(second).referenceAnswer()));
        client.expect("grading");
        JsonNode secondGraded = client.expect("graded");
        if (!missedOrPartial(secondGraded).isEmpty()) {
            client.expect("followUp");
            client.send(skip(secondId));
        }

        JsonNode summary = client.expect("summary");
        assertThat(summary.path("sessionId").asString())
                .isEqualTo(session.path("sessionId").asString());
        assertThat(summary.path("total").asInt()).isEqualTo(2);
        assertThat(summary.path("answered").asInt()).isEqualTo(2);
        assertThat(summary.path("skipped").asInt()).isZero();
        assertThat(summary.path("score").asDouble()).isBetween(0.0, 10.0);
        assertThat(summary.path("byTopic").size()).isBetween(1, 2);
        client.assertAlive();

        Transcript transcript = transcripts
                .transcript(UUID.fromString(session.path("sessionId").asString()))
                .block(SocketClient.WAIT);
        assertThat(transcript.answers()).hasSize(missed.isEmpty() ? 2 : 3);
        assertThat(transcript.grades()).hasSameSizeAs(transcript.answers());
        Timer answerToGraded = meters.find("interview.session.answer.to.graded").timer();
        assertThat(answerToGraded).isNotNull();
        assertThat(answerToGraded.count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void examAcknowledgesAnswersAsksOnAtOnceAndSumsUpWhenEveryGradeIsIn() {
        SocketClient client = connect();
        JsonNode session = start(client, Map.of("mode", "exam", "count", 3));
        assertThat(session.path("mode").asString()).isEqualTo("exam");

        JsonNode first = client.expect("question");
        client.send(answer(first.path("questionId").asString(), question(first).referenceAnswer()));
        assertThat(client.expect("grading").path("kind").asString()).isEqualTo("answer");
        JsonNode second = client.expect("question");
        assertQuestion(second, 1, 3);
        client.send(answer(second.path("questionId").asString(), WEAK_ANSWER));
        client.expect("grading");
        JsonNode third = client.expect("question");
        client.send(skip(third.path("questionId").asString()));

        JsonNode summary = client.expect("summary");
        assertThat(summary.path("total").asInt()).isEqualTo(3);
        assertThat(summary.path("answered").asInt()).isEqualTo(2);
        assertThat(summary.path("skipped").asInt()).isEqualTo(1);
        Transcript transcript = transcripts
                .transcript(UUID.fromString(session.path("sessionId").asString()))
                .block(SocketClient.WAIT);
        assertThat(transcript.grades()).hasSize(2);
    }

    @Test
    void manualPaceWaitsForNextAndARetryIsComparedWithTheAttemptBefore() {
        SocketClient client = connect();
        JsonNode session = start(client, Map.of("mode", "practice", "pace", "manual", "count", 2, "seed", 5));
        assertThat(session.path("pace").asString()).isEqualTo("manual");
        JsonNode first = client.expect("question");
        String firstId = first.path("questionId").asString();
        Question asked = question(first);

        client.send(type("next"));
        client.expectError("NOT_ALLOWED_NOW");
        client.send(answer(firstId, WEAK_ANSWER));
        client.expect("grading");
        JsonNode graded = client.expect("graded");
        if (!missedOrPartial(graded).isEmpty()) {
            client.expect("followUp");
            client.send(skip(firstId));
        }
        client.send(answer(firstId, "再答一次"));
        client.expectError("DUPLICATE_ANSWER");

        client.send(Map.of("type", "retry", "questionId", firstId));
        JsonNode again = client.expect("question");
        assertThat(again.path("questionId").asString()).isEqualTo(firstId);
        assertThat(again.path("index").asInt()).isZero();
        assertThat(again.path("attempt").asInt()).isEqualTo(2);
        client.send(answer(firstId, asked.referenceAnswer()));
        JsonNode retryGrading = client.expect("grading");
        assertThat(retryGrading.path("kind").asString()).isEqualTo("retry");
        JsonNode retried = client.expect("graded");
        assertThat(retried.path("kind").asString()).isEqualTo("retry");
        assertThat(retried.path("previous").path("score").decimalValue())
                .isEqualByComparingTo(graded.path("result").path("score").decimalValue());
        assertThat(retried.path("previous").path("covered").isArray()).isTrue();

        client.send(Map.of("type", "retry", "questionId", firstId));
        assertThat(client.expectError("NOT_ALLOWED_NOW").path("limit").asInt()).isEqualTo(1);
        client.send(type("next"));
        JsonNode second = client.expect("question");
        assertQuestion(second, 1, 2);

        client.send(type("end"));
        JsonNode summary = client.expect("summary");
        assertThat(summary.path("answered").asInt()).isEqualTo(1);
        assertThat(summary.path("skipped").asInt()).isEqualTo(1);
        client.send(answer(second.path("questionId").asString(), "太晚了"));
        client.expectError("NO_ACTIVE_SESSION");
    }
}
