package dev.mockinterview.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.mockinterview.api.store.AnswerKind;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.InterviewSession;
import dev.mockinterview.api.store.Mode;
import dev.mockinterview.api.store.NewUser;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.UserRepository;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.grading.embedding.EmbeddedGrader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** In team mode each user reads only their own sessions, reports and progress, by their bearer token. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"interview.security.mode=team", "interview.security.admin-token=" + TeamSessionsTest.ADMIN})
@AutoConfigureWebTestClient(timeout = "PT2M")
class TeamSessionsTest {

    static final String ADMIN = "report-test-admin-7d2e9a41c3b54f60a1b2c3d4e5f6a7b8";

    @Autowired
    WebTestClient client;

    @Autowired
    UserRepository users;

    @Autowired
    SessionRepository sessions;

    @Autowired
    AnswerRepository answers;

    @Autowired
    QuestionBank bank;

    @Autowired
    EmbeddedGrader grader;

    @Test
    void aUserReadsTheirOwnSessionAndAnotherUserFindsNothing() {
        NewUser alice = users.create("Alice").block(StoredInterviews.WAIT);
        NewUser bob = users.create("Bob").block(StoredInterviews.WAIT);
        Question question = bank.all().stream()
                .filter(q -> q.quality().status() == QualityStatus.TRUSTED)
                .findFirst()
                .orElseThrow();
        StoredInterviews interviews = new StoredInterviews(sessions, answers, grader);
        InterviewSession session = interviews.start(alice.user().id(), Mode.PRACTICE, List.of(question.id()));
        interviews.ask(session, 0, question.id(), question.topic());
        interviews.grade(
                interviews.answer(
                        session,
                        question.id(),
                        1,
                        AnswerKind.ANSWER,
                        question.keyPointTexts().get(0)),
                question);
        interviews.finish(session);
        String sessionPath = "/api/v1/sessions/" + session.id();

        for (String path : List.of(sessionPath, sessionPath + "/report", sessionPath + "/report?format=markdown")) {
            get(path, alice.token()).expectStatus().isOk();
            get(path, bob.token())
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.code")
                    .isEqualTo("SESSION_NOT_FOUND");
        }
        assertThat(ids("/api/v1/sessions", "$[*].id", alice.token()))
                .containsExactly(session.id().toString());
        assertThat(ids("/api/v1/sessions", "$[*].id", bob.token())).isEmpty();
        assertThat(ids("/api/v1/progress", "$.topics[*].points[*].sessionId", alice.token()))
                .containsExactly(session.id().toString());
        assertThat(ids("/api/v1/progress", "$.topics[*].points[*].sessionId", bob.token()))
                .isEmpty();
    }

    @Test
    void withoutATokenNothingIsRead() {
        for (String path : List.of(
                "/api/v1/sessions",
                "/api/v1/progress",
                "/api/v1/sessions/" + java.util.UUID.randomUUID() + "/report")) {
            client.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectBody()
                    .jsonPath("$.code")
                    .isEqualTo("UNAUTHENTICATED");
        }
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    private List<String> ids(String path, String jsonPath, String token) {
        String body = get(path, token)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return JsonPath.read(body, jsonPath);
    }
}
