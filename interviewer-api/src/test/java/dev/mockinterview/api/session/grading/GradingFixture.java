package dev.mockinterview.api.session.grading;

import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.AnswerKind;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.InterviewSession;
import dev.mockinterview.api.store.Mode;
import dev.mockinterview.api.store.NewAnswer;
import dev.mockinterview.api.store.SessionPlan;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.StartedSession;
import dev.mockinterview.api.store.User;
import dev.mockinterview.api.store.UserRepository;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Sessions and answers stored through the real repositories, on a real bank question. */
record GradingFixture(UserRepository users, SessionRepository sessions, AnswerRepository answers, QuestionBank bank) {

    static final Duration WAIT = Duration.ofSeconds(90);

    /** A trusted question with at least three key points, the same one on every run. */
    Question question() {
        return bank.all().stream()
                .filter(q -> q.quality().status() == QualityStatus.TRUSTED
                        && q.keyPoints().size() >= 3)
                .min(Comparator.comparing(Question::id))
                .orElseThrow();
    }

    /** A new user's session that has asked the question, grading with {@code grader}. */
    InterviewSession session(String grader, Question question) {
        return started(grader, question).session();
    }

    /** As {@link #session}, with the session's resume token. */
    StartedSession started(String grader, Question question) {
        User user = users.create("grading test").block(WAIT).user();
        StartedSession started = sessions.create(
                        new SessionPlan(user.id(), Mode.PRACTICE, grader, null, List.of(question.id())))
                .block(WAIT);
        sessions.recordAsked(
                        started.session().id(),
                        0,
                        question.id(),
                        question.topic(),
                        Instant.now().plusSeconds(600))
                .block(WAIT);
        return started;
    }

    Answer store(InterviewSession session, Question question, int attempt, AnswerKind kind, String text) {
        return answers.store(new NewAnswer(session.id(), question.id(), attempt, kind, text, false, Instant.now()))
                .block(WAIT);
    }

    /** Grades the grading service has run, whatever their outcome: each one is a grader at work. */
    static long gradesRun(MeterRegistry meters) {
        return meters.find("interview.api.grade").timers().stream()
                .mapToLong(Timer::count)
                .sum();
    }

    static double outcomes(MeterRegistry meters, String... outcomes) {
        double total = 0;
        for (String outcome : outcomes) {
            total += meters.find(GradingMeters.GRADES).tag("outcome", outcome).counters().stream()
                    .mapToDouble(Counter::count)
                    .sum();
        }
        return total;
    }
}
