package dev.mockinterview.api.session.grading;

import static dev.mockinterview.api.session.grading.GradingFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.AnswerKind;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.UserRepository;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Grades that time out ({@code GRADING_TIMEOUT}, here because the timeout is far below any grade's time): the
 * answer is never lost, the failure is counted, and the worker tries again each time the lease runs out.
 */
@SpringBootTest(
        properties = {
            "interview.grading.timeout=1ms",
            "interview.storage.grading-lease=1s",
            "interview.session.grading.recovery-interval=200ms"
        })
@DirtiesContext
@Timeout(300)
class GradingTimeoutTest {

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

    @Test
    void aGradeThatTimesOutLeavesTheAnswerQueuedCountedAndTriedAgainAndGradeNowSaysSoAtLast() {
        GradingFixture fixture = new GradingFixture(users, sessions, answers, bank);
        Question question = fixture.question();
        double failedBefore = GradingFixture.outcomes(meters, "failed");
        Answer answer = fixture.store(
                fixture.session("embedding", question), question, 1, AnswerKind.ANSWER, question.referenceAnswer());

        CompletableFuture<GradedAnswer> now = grading.gradeNow(answer).toFuture();

        assertThat(now)
                .failsWithin(WAIT)
                .withThrowableThat()
                .havingCause()
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.GRADING_TIMEOUT));
        assertThat(GradingFixture.outcomes(meters, "failed") - failedBefore)
                .as("gradeNow and the worker each tried after every lease")
                .isGreaterThanOrEqualTo(3);
        assertThat(answers.grade(answer.id()).blockOptional(WAIT)).isEmpty();
        assertThat(answers.countUngraded().block(WAIT)).isEqualTo(1);
        await().atMost(WAIT)
                .until(() -> meters.get(GradingMeters.WAITING).gauge().value() == 1);
        assertThat(GradingFixture.outcomes(meters, "ok", "degraded")).isZero();
    }
}
