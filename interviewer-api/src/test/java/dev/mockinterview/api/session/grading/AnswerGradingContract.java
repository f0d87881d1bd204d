package dev.mockinterview.api.session.grading;

import static dev.mockinterview.api.session.grading.GradingFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.api.grading.GradeBody;
import dev.mockinterview.api.grading.GradingService;
import dev.mockinterview.api.grading.GradingSettings;
import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.AnswerKind;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.InterviewSession;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.StorageSettings;
import dev.mockinterview.api.store.StoredGrade;
import dev.mockinterview.api.store.TranscriptQueries;
import dev.mockinterview.api.store.UserRepository;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What durable grading promises, on whichever database a subclass configures; the background worker is off, so
 * every grade here comes from the calls the tests make.
 */
@SpringBootTest(properties = "interview.session.grading.enabled=false")
@Timeout(300)
abstract class AnswerGradingContract {

    @Autowired
    DurableAnswerGrading grading;

    @Autowired
    AnswerRepository answers;

    @Autowired
    SessionRepository sessions;

    @Autowired
    UserRepository users;

    @Autowired
    TranscriptQueries transcripts;

    @Autowired
    GradingService gradingService;

    @Autowired
    GradingSettings gradingSettings;

    @Autowired
    StorageSettings storage;

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
    void gradesAStoredAnswerOnceStoresTheGradeAndPublishesIt() {
        Answer answer = fixture.store(
                fixture.session("embedding", question), question, 1, AnswerKind.ANSWER, question.referenceAnswer());
        CompletableFuture<GradedAnswer> published = grading.graded()
                .filter(g -> g.answer().id().equals(answer.id()))
                .next()
                .toFuture();
        long runsBefore = GradingFixture.gradesRun(meters);
        double storedBefore = GradingFixture.outcomes(meters, "ok", "degraded");

        GradedAnswer graded = grading.gradeNow(answer).block(WAIT);

        assertThat(graded.answer()).isEqualTo(answer);
        assertThat(graded.grade().result().score()).isGreaterThan(5.0);
        assertThat(answers.grade(answer.id()).block(WAIT)).isEqualTo(graded.grade());
        assertThat(published).succeedsWithin(WAIT).isEqualTo(graded);
        assertThat(answers.claim(answer.id(), "another-instance", storage.gradingLease())
                        .block(WAIT))
                .as("graded answers leave the queue")
                .isFalse();
        assertThat(GradingFixture.gradesRun(meters) - runsBefore).isEqualTo(1);
        assertThat(GradingFixture.outcomes(meters, "ok", "degraded") - storedBefore)
                .isEqualTo(1);
    }

    @Test
    void returnsTheStoredGradeOfAnAnswerGradedAlreadyWithoutGradingAgain() {
        Answer answer = fixture.store(
                fixture.session("embedding", question),
                question,
                1,
                AnswerKind.ANSWER,
                question.keyPointTexts().get(0));
        GradedAnswer first = grading.gradeNow(answer).block(WAIT);
        long runsBefore = GradingFixture.gradesRun(meters);

        GradedAnswer again = grading.gradeNow(answer).block(WAIT);

        assertThat(again).isEqualTo(first);
        assertThat(GradingFixture.gradesRun(meters)).isEqualTo(runsBefore);
    }

    @Test
    void waitsForTheGradeOfAnAnswerAnotherInstanceIsGrading() {
        Answer answer = fixture.store(
                fixture.session("embedding", question),
                question,
                1,
                AnswerKind.ANSWER,
                question.keyPointTexts().get(1));
        assertThat(answers.claim(answer.id(), "another-instance", storage.gradingLease())
                        .block(WAIT))
                .isTrue();
        long runsBefore = GradingFixture.gradesRun(meters);

        CompletableFuture<GradedAnswer> waiting = grading.gradeNow(answer).toFuture();
        GradeResult theirs = gradingService
                .grade(new GradeBody(question.id(), null, null, null, answer.text(), "embedding"))
                .block(WAIT);
        assertThat(answers.storeGrade(answer.id(), theirs).block(WAIT)).isTrue();

        assertThat(waiting).succeedsWithin(WAIT).satisfies(graded -> {
            assertThat(graded.grade()).isEqualTo(answers.grade(answer.id()).block(WAIT));
            assertThat(graded.grade().result().score()).isEqualTo(theirs.score());
        });
        assertThat(GradingFixture.gradesRun(meters) - runsBefore)
                .as("only the other instance graded")
                .isEqualTo(1);
    }

    @Test
    void gradesAFollowUpTogetherWithTheAnswerItSupplements() {
        List<String> points = question.keyPointTexts();
        InterviewSession session = fixture.session("embedding", question);
        Answer first = fixture.store(session, question, 1, AnswerKind.ANSWER, points.get(0));
        GradedAnswer firstGrade = grading.gradeNow(first).block(WAIT);
        Answer followUp = fixture.store(session, question, 2, AnswerKind.FOLLOW_UP, points.get(1));

        GradedAnswer supplemented = grading.gradeNow(followUp).block(WAIT);

        assertThat(status(firstGrade, points.get(0))).isEqualTo(PointStatus.COVERED);
        assertThat(status(firstGrade, points.get(1))).isNotEqualTo(PointStatus.COVERED);
        assertThat(status(supplemented, points.get(0)))
                .as("covered in the first answer")
                .isEqualTo(PointStatus.COVERED);
        assertThat(status(supplemented, points.get(1)))
                .as("covered in the follow-up")
                .isEqualTo(PointStatus.COVERED);
        assertThat(supplemented.grade().result().score())
                .isGreaterThan(firstGrade.grade().result().score());
    }

    @Test
    void gradesARetryOnItsOwn() {
        List<String> points = question.keyPointTexts();
        InterviewSession session = fixture.session("embedding", question);
        grading.gradeNow(fixture.store(session, question, 1, AnswerKind.ANSWER, points.get(0)))
                .block(WAIT);
        Answer retry = fixture.store(session, question, 2, AnswerKind.RETRY, points.get(1));

        GradedAnswer graded = grading.gradeNow(retry).block(WAIT);

        assertThat(status(graded, points.get(1))).isEqualTo(PointStatus.COVERED);
        assertThat(status(graded, points.get(0)))
                .as("the first attempt does not count for a retry")
                .isNotEqualTo(PointStatus.COVERED);
    }

    @Test
    void aRecoveryRoundGradesStoredAnswersNobodyGradedAndPublishesThem() {
        List<Answer> stored = new ArrayList<>();
        for (String point : question.keyPointTexts().subList(0, 3)) {
            stored.add(fixture.store(fixture.session("embedding", question), question, 1, AnswerKind.ANSWER, point));
        }
        CompletableFuture<List<GradedAnswer>> published =
                grading.graded().take(3).collectList().toFuture();
        long runsBefore = GradingFixture.gradesRun(meters);
        double recoveredBefore = meters.get(GradingMeters.RECOVERED).counter().count();

        assertThat(grading.recover(2).block(WAIT)).as("claimed in two batches").isEqualTo(3);

        assertThat(published)
                .succeedsWithin(WAIT)
                .satisfies(graded -> assertThat(graded)
                        .extracting(g -> g.answer().id())
                        .containsExactlyInAnyOrderElementsOf(
                                stored.stream().map(Answer::id).toList()));
        for (Answer answer : stored) {
            assertThat(answers.grade(answer.id()).block(WAIT)).isNotNull();
        }
        assertThat(GradingFixture.gradesRun(meters) - runsBefore).isEqualTo(3);
        assertThat(meters.get(GradingMeters.RECOVERED).counter().count() - recoveredBefore)
                .isEqualTo(3);
        assertThat(meters.get(GradingMeters.WAITING).gauge().value()).isZero();
        assertThat(grading.recover(2).block(WAIT)).as("nothing left").isZero();
    }

    @Test
    void twoInstancesRacingOnOneDatabaseGradeEachAnswerOnce() {
        SimpleMeterRegistry metersA = new SimpleMeterRegistry();
        SimpleMeterRegistry metersB = new SimpleMeterRegistry();
        DurableAnswerGrading a = instance("instance-a", metersA);
        DurableAnswerGrading b = instance("instance-b", metersB);
        List<Answer> stored = new ArrayList<>();
        List<String> points = question.keyPointTexts();
        for (int i = 0; i < 6; i++) {
            stored.add(fixture.store(
                    fixture.session("embedding", question), question, 1, AnswerKind.ANSWER, points.get(i % 3)));
        }
        long runsBefore = GradingFixture.gradesRun(meters);

        List<Mono<GradedAnswer>> calls = new ArrayList<>();
        for (Answer answer : stored) {
            calls.add(a.gradeNow(answer));
            calls.add(b.gradeNow(answer));
        }
        List<GradedAnswer> returned = Flux.merge(
                        Flux.fromIterable(calls).map(call -> call.subscribeOn(Schedulers.parallel())))
                .mergeWith(Mono.when(a.recover(2), b.recover(2)).thenMany(Flux.<GradedAnswer>empty()))
                .collectList()
                .block(WAIT);

        Map<UUID, StoredGrade> byAnswer = stored.stream()
                .collect(Collectors.toMap(
                        Answer::id, answer -> answers.grade(answer.id()).block(WAIT)));
        assertThat(returned)
                .hasSize(12)
                .allSatisfy(graded -> assertThat(graded.grade())
                        .isEqualTo(byAnswer.get(graded.answer().id())));
        assertThat(GradingFixture.gradesRun(meters) - runsBefore)
                .as("the grader ran once per answer")
                .isEqualTo(stored.size());
        assertThat(GradingFixture.outcomes(metersA, "ok", "degraded")
                        + GradingFixture.outcomes(metersB, "ok", "degraded"))
                .isEqualTo(stored.size());
        assertThat(GradingFixture.outcomes(metersA, "failed") + GradingFixture.outcomes(metersB, "failed"))
                .isZero();
    }

    private DurableAnswerGrading instance(String owner, MeterRegistry registry) {
        return new DurableAnswerGrading(
                answers,
                sessions,
                transcripts,
                gradingService,
                new GradedText(gradingSettings.maxAnswerChars()),
                new GradingMeters(registry, Clock.systemUTC()),
                owner,
                storage.gradingLease(),
                Duration.ofMillis(100));
    }

    private static PointStatus status(GradedAnswer graded, String point) {
        Map<String, PointStatus> byText = graded.grade().result().keyPoints().stream()
                .collect(Collectors.toMap(KeyPointResult::text, KeyPointResult::status, (x, y) -> x));
        assertThat(byText).containsKey(point);
        return byText.get(point);
    }
}
