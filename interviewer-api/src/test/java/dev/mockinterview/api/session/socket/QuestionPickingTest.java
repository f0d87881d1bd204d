package dev.mockinterview.api.session.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.Question;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code start}: filters, seeds, the spread over topics, recent questions, and the limit of sessions at once. */
class QuestionPickingTest extends SocketTestSupport {

    @Test
    void rejectsFiltersOutsideTheBankAndKeepsTheConnection() {
        SocketClient client = connect();
        client.send(Map.of("type", "start", "topics", List.of("no-such-topic")));
        assertThat(client.expectError("INVALID_FILTER").path("topic").asString())
                .isEqualTo("no-such-topic");
        client.send(Map.of("type", "start", "count", 21));
        assertThat(client.expectError("INVALID_FILTER").path("limit").asInt()).isEqualTo(20);
        client.send(Map.of("type", "start", "count", 0));
        client.expectError("INVALID_FILTER");
        client.send(Map.of("type", "start", "difficulty", 4));
        client.expectError("INVALID_FILTER");
        client.send(Map.of("type", "start", "count", "five"));
        assertThat(client.expectError("INVALID_MESSAGE").path("field").asString())
                .isEqualTo("count");
        client.send(Map.of("type", "start", "mode", "quiz"));
        client.expectError("INVALID_MESSAGE");
        client.send(Map.of("type", "start", "grader", "llm"));
        client.expectError("GRADER_NOT_CONFIGURED");
        client.assertAlive();
        start(client, Map.of("count", 1));
        client.expect("question");
    }

    @Test
    void saysSoWhenNoQuestionMatches() {
        Optional<Map.Entry<String, Integer>> empty = bank.topics().stream()
                .flatMap(topic -> java.util.stream.Stream.of(1, 2, 3)
                        .filter(d -> trusted(topic.id()).stream().noneMatch(q -> q.difficulty() == d))
                        .map(d -> Map.entry(topic.id(), d)))
                .findFirst();
        assertThat(empty)
                .as("a topic without trusted questions of some difficulty")
                .isPresent();
        SocketClient client = connect();
        client.send(Map.of(
                "type",
                "start",
                "topics",
                List.of(empty.get().getKey()),
                "difficulty",
                empty.get().getValue()));
        client.expectError("NO_QUESTIONS_MATCH");
        client.assertAlive();
    }

    @Test
    void theSameSeedAsksTheSameQuestionsTakingTopicsInTurn() {
        List<String> topics = topicsWithAtLeast(3).subList(0, 2);
        Map<String, Object> filters = Map.of("mode", "exam", "topics", topics, "count", 4, "seed", 42);
        List<JsonNode> first = skipThrough(filters, 4);
        List<JsonNode> second = skipThrough(filters, 4);

        assertThat(ids(second)).isEqualTo(ids(first)).doesNotHaveDuplicates();
        List<String> asked = first.stream().map(q -> q.path("topic").asString()).toList();
        assertThat(asked).allMatch(topics::contains);
        for (int i = 1; i < asked.size(); i++) {
            assertThat(asked.get(i)).as("topic of question %d", i).isNotEqualTo(asked.get(i - 1));
        }
        for (JsonNode question : first) {
            assertThat(question(question).quality().status().name()).isEqualTo("TRUSTED");
        }
    }

    @Test
    void leavesOutQuestionsTheUserWasAskedRecentlyWhileOthersRemain() {
        String topic = bank.topics().stream()
                .map(t -> t.id())
                .max(java.util.Comparator.comparingInt(t -> trusted(t).size()))
                .orElseThrow();
        Map<String, Object> filters = Map.of("mode", "exam", "topics", List.of(topic), "count", 3);
        List<String> before = ids(skipThrough(filters, 3));
        UUID user = sessions.find(lastSession).block(SocketClient.WAIT).userId();
        Set<String> recent =
                new HashSet<>(sessions.questionsAskedSince(user, clock.instant().minus(Duration.ofDays(14)))
                        .collectList()
                        .block(SocketClient.WAIT));
        assertThat(trusted(topic).stream().map(Question::id).filter(id -> !recent.contains(id)))
                .as("enough questions of %s not asked recently", topic)
                .hasSizeGreaterThanOrEqualTo(3);

        List<String> after = ids(skipThrough(filters, 3));
        assertThat(after).doesNotContainAnyElementsOf(recent).doesNotContainAnyElementsOf(before);
    }

    @Test
    void limitsSessionsAtOnceAndIdleSessionsStopCounting() {
        for (int i = 0; i < 3; i++) {
            SocketClient client = connect();
            start(client, Map.of("count", 1));
            client.expect("question");
        }
        SocketClient fourth = connect();
        fourth.send(Map.of("type", "start", "count", 1));
        assertThat(fourth.expectError("TOO_MANY_SESSIONS").path("limit").asInt())
                .isEqualTo(3);

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        start(fourth, Map.of("count", 1));
        fourth.expect("question");
    }

    private UUID lastSession;

    /** Runs a session by skipping every question; gives the questions asked. */
    private List<JsonNode> skipThrough(Map<String, Object> filters, int count) {
        SocketClient client = connect();
        JsonNode session = start(client, filters);
        lastSession = UUID.fromString(session.path("sessionId").asString());
        assertThat(session.path("total").asInt()).isEqualTo(count);
        List<JsonNode> asked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode question = client.expect("question");
            assertQuestion(question, i, count);
            asked.add(question);
            client.send(skip(question.path("questionId").asString()));
        }
        JsonNode summary = client.expect("summary");
        assertThat(summary.path("skipped").asInt()).isEqualTo(count);
        assertThat(summary.path("score").asDouble()).isZero();
        return asked;
    }

    private static List<String> ids(List<JsonNode> questions) {
        return questions.stream().map(q -> q.path("questionId").asString()).toList();
    }
}
