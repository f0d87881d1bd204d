package dev.mockinterview.api.session.grading;

import static dev.mockinterview.api.session.grading.GradingFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.AnswerKind;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.InterviewSession;
import dev.mockinterview.api.store.Mode;
import dev.mockinterview.api.store.NewAnswer;
import dev.mockinterview.api.store.SessionPlan;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.StoredGrade;
import dev.mockinterview.api.store.UserRepository;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GraderKind;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The background worker of the running service: it grades what nobody graded, retries what failed once the
 * lease runs out, and an LLM that is down still gives a grade. The LLM is configured on a port where nothing
 * listens.
 */
@SpringBootTest(
        properties = {
            "interview.session.grading.recovery-interval=200ms",
            "interview.storage.grading-lease=4s",
            "interview.grader.llm.model=grader-model",
            "interview.grader.llm.retry.initial-backoff=10ms",
            "interview.grader.llm.retry.max-backoff=20ms"
        })
@DirtiesContext
@Timeout(300)
class GradingWorkerTest {

    @DynamicPropertySource
    static void llmThatIsDown(DynamicPropertyRegistry registry) {
        int port = closedPort();
        registry.add("interview.grader.llm.base-url", () -> "http://127.0.0.1:" + port + "/v1");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    DurableAnswerGrading grading;

    @Autowired
    AnswerRepository answers;

    @Autowired
    SessionRepository sessions;

    @Autowired
    UserRepository users;

    @Autowired
    QuestionBank bank;

    @Autowired
    MeterRegistry meters;

    GradingFixture fixture;
    Question question;

    @BeforeEach
    void fixture() {
        fixture = new GradingFixture(users, sessions, answers, bank);
        question = fixture.question();
    }

    @Test
    void gradesStoredAnswersNobodyGradedAndPublishesThem() {
        List<String> points = question.keyPointTexts();
        long runsBefore = GradingFixture.gradesRun(meters);
        double recoveredBefore = recovered();
        CompletableFuture<List<GradedAnswer>> published =
                grading.graded().take(3).collectList().toFuture();

        List<Answer> stored = points.subList(0, 3).stream()
                .map(point ->
                        fixture.store(fixture.session("embedding", question), question, 1, AnswerKind.ANSWER, point))
                .toList();

        assertThat(published)
                .succeedsWithin(WAIT)
                .satisfies(graded -> assertThat(graded)
                        .extracting(g -> g.answer().id())
                        .containsExactlyInAnyOrderElementsOf(
                                stored.stream().map(Answer::id).toList()));
        for (GradedAnswer graded : published.join()) {
            assertThat(answers.grade(graded.answer().id()).block(WAIT)).isEqualTo(graded.grade());
        }
        assertThat(GradingFixture.gradesRun(meters) - runsBefore).isEqualTo(3);
        assertThat(recovered() - recoveredBefore).isEqualTo(3);
    }

    @Test
    void aGradeThatFailsStaysOnTheQueueIsCountedAndIsTriedAgainWhenItsLeaseRunsOut() {
        // A question the bank no longer has (a newer bank retired it) cannot be graded: every try fails.
        InterviewSession session = sessionAsking("retired-question");
        Answer answer = answers.store(new NewAnswer(
                        session.id(), "retired-question", 1, AnswerKind.ANSWER, "an answer kept", false, Instant.now()))
                .block(WAIT);
        double failedBefore = GradingFixture.outcomes(meters, "failed");

        await().atMost(WAIT).until(() -> GradingFixture.outcomes(meters, "failed") - failedBefore >= 2);

        assertThat(answers.grade(answer.id()).blockOptional(WAIT)).isEmpty();
        assertThat(answers.countUngraded().block(WAIT)).isPositive();
        await().atMost(WAIT)
                .until(() -> meters.get(GradingMeters.WAITING).gauge().value() >= 1);
    }

    @Test
    void anLlmThatIsDownStillGivesAGradeTheEmbeddedGraderMadeAndMarkedDegraded() {
        Answer answer = fixture.store(
                fixture.session("llm", question), question, 1, AnswerKind.ANSWER, question.referenceAnswer());
        double degradedBefore = GradingFixture.outcomes(meters, "degraded");

        GradedAnswer graded = grading.gradeNow(answer).block(WAIT);

        StoredGrade stored = answers.grade(answer.id()).block(WAIT);
        assertThat(stored).isEqualTo(graded.grade());
        assertThat(stored.result().degraded()).isTrue();
        assertThat(stored.result().grader()).isEqualTo(GraderKind.EMBEDDING);
        assertThat(stored.result().flags()).contains(GradeFlag.LLM_UNAVAILABLE);
        assertThat(stored.result().score()).isGreaterThan(5.0);
        assertThat(GradingFixture.outcomes(meters, "degraded") - degradedBefore).isEqualTo(1);
    }

    private InterviewSession sessionAsking(String questionId) {
        UUID user = users.create("retired").block(WAIT).user().id();
        InterviewSession session = sessions.create(
                        new SessionPlan(user, Mode.EXAM, "embedding", null, List.of(questionId)))
                .block(WAIT)
                .session();
        sessions.recordAsked(session.id(), 0, questionId, "rag", Instant.now().plus(Duration.ofMinutes(5)))
                .block(WAIT);
        return session;
    }

    private double recovered() {
        return meters.get(GradingMeters.RECOVERED).counter().count();
    }
}
