package dev.mockinterview.api.session.grading;

import static dev.mockinterview.api.session.grading.GradingFixture.WAIT;

import dev.mockinterview.api.InterviewerApplication;
import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.AnswerKind;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.StartedSession;
import dev.mockinterview.api.store.StorageSettings;
import dev.mockinterview.api.store.UserRepository;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run in a child JVM by {@link GradingCrashTest}: the real service on the H2 file given, with its grading worker
 * off, stores two answers and dies at once, without closing anything, as a killed service would. One answer was
 * being graded when it died (claimed under this instance's lease, no grade); the other had not been started.
 */
final class ServiceKilledBeforeGrading {

    private ServiceKilledBeforeGrading() {}

    public static void main(String[] args) {
        ConfigurableApplicationContext service = SpringApplication.run(
                InterviewerApplication.class,
                "--interview.storage.h2-file=" + args[0],
                "--server.port=0",
                "--interview.session.grading.enabled=false",
                "--interview.storage.grading-lease=" + args[1]);
        GradingFixture fixture = new GradingFixture(
                service.getBean(UserRepository.class),
                service.getBean(SessionRepository.class),
                service.getBean(AnswerRepository.class),
                service.getBean(QuestionBank.class));
        Question question = fixture.question();
        Answer inGrading = fixture.store(
                fixture.session("embedding", question), question, 1, AnswerKind.ANSWER, question.referenceAnswer());
        boolean claimed = fixture.answers()
                .claim(
                        inGrading.id(),
                        "killed-instance",
                        service.getBean(StorageSettings.class).gradingLease())
                .block(WAIT);
        StartedSession interrupted = fixture.started("embedding", question);
        Answer notStarted = fixture.store(
                interrupted.session(),
                question,
                1,
                AnswerKind.ANSWER,
                question.keyPointTexts().get(0));
        System.out.println("IN-GRADING " + inGrading.id() + " CLAIMED " + claimed + " NOT-STARTED " + notStarted.id()
                + " SESSION " + interrupted.session().id() + " TOKEN " + interrupted.resumeToken());
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
