package dev.mockinterview.api.session.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.api.store.QuestionTurns;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * What the WebSocket tests share: one running service (the same context for every test class that adds no
 * settings), clients on it, the bank, a clock a test may move, and a clean slate of sessions after each test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "interview.session.max-retries=1")
@Import(MovableClockConfiguration.class)
abstract class SocketTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    QuestionBank bank;

    @Autowired
    SessionRepository sessions;

    @Autowired
    QuestionTurns turns;

    @Autowired
    MovableClock clock;

    private final List<SocketClient> clients = new ArrayList<>();
    private final Set<UUID> users = new HashSet<>();

    SocketClient connect() {
        SocketClient client = new SocketClient(port);
        clients.add(client);
        return client;
    }

    /** Sends {@code start} and gives the {@code session} message; the first question follows. */
    JsonNode start(SocketClient client, Map<String, Object> fields) {
        Map<String, Object> start = new java.util.HashMap<>(fields);
        start.put("type", "start");
        client.send(start);
        JsonNode session = client.expect("session");
        users.add(sessions.find(UUID.fromString(session.path("sessionId").asString()))
                .block(SocketClient.WAIT)
                .userId());
        return session;
    }

    Question question(JsonNode questionMessage) {
        return bank.find(questionMessage.path("questionId").asString()).orElseThrow();
    }

    /** Trusted, gradable questions of a topic, as the interviewer picks by default. */
    List<Question> trusted(String topic) {
        return bank.all().stream()
                .filter(q -> q.topic().equals(topic))
                .filter(q -> q.quality().status() == QualityStatus.TRUSTED)
                .filter(q -> !q.referenceAnswer().isBlank() || !q.keyPoints().isEmpty())
                .toList();
    }

    /** Topics with at least this many trusted questions, in id order. */
    List<String> topicsWithAtLeast(int trustedQuestions) {
        return bank.topics().stream()
                .map(t -> t.id())
                .filter(t -> trusted(t).size() >= trustedQuestions)
                .sorted()
                .toList();
    }

    static Map<String, Object> answer(String questionId, String text) {
        return Map.of("type", "answer", "questionId", questionId, "text", text);
    }

    static Map<String, Object> skip(String questionId) {
        return Map.of("type", "skip", "questionId", questionId);
    }

    static Map<String, Object> type(String type) {
        return Map.of("type", type);
    }

    static List<String> missedOrPartial(JsonNode graded) {
        List<String> points = new ArrayList<>();
        for (JsonNode point : graded.path("result").path("keyPoints")) {
            String status = point.path("status").asString();
            if (status.equals("missed") || status.equals("partial")) {
                points.add(point.path("text").asString());
            }
        }
        return points;
    }

    static void assertQuestion(JsonNode question, int index, int total) {
        assertThat(question.path("index").asInt()).isEqualTo(index);
        assertThat(question.path("total").asInt()).isEqualTo(total);
        assertThat(question.path("text").asString()).isNotBlank();
        assertThat(question.path("topicName").asString()).isNotBlank();
    }

    /** Every session this test started stops counting against the limit of sessions at once. */
    @AfterEach
    void closeClientsAndAbandonSessions() {
        clients.forEach(SocketClient::close);
        clients.clear();
        for (UUID user : users) {
            turns.abandonIdle(user, clock.instant().plus(Duration.ofDays(1))).block(SocketClient.WAIT);
        }
        clock.reset();
    }
}
