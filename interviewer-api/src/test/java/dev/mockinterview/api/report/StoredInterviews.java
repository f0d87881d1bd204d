package dev.mockinterview.api.report;

import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.AnswerKind;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.InterviewSession;
import dev.mockinterview.api.store.Mode;
import dev.mockinterview.api.store.NewAnswer;
import dev.mockinterview.api.store.QuestionStatus;
import dev.mockinterview.api.store.SessionPlan;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.SessionStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.ReferenceQuality;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes interviews into the store the way the live interview does (ask, store the answer, grade it with the real
 * embedded grader, store the grade), so the endpoints read what a real session leaves behind.
 */
final class StoredInterviews {

    static final Duration WAIT = Duration.ofSeconds(60);

    private final SessionRepository sessions;
    private final AnswerRepository answers;
    private final AnswerGrader grader;

    StoredInterviews(SessionRepository sessions, AnswerRepository answers, AnswerGrader grader) {
        this.sessions = sessions;
        this.answers = answers;
        this.grader = grader;
    }

    InterviewSession start(UUID userId, Mode mode, List<String> questionIds) {
        return sessions.create(new SessionPlan(userId, mode, "embedding", 42L, questionIds))
                .block(WAIT)
                .session();
    }

    void ask(InterviewSession session, int index, String questionId, String topic) {
        sessions.recordAsked(
                        session.id(), index, questionId, topic, Instant.now().plusSeconds(180))
                .block(WAIT);
    }

    Answer answer(InterviewSession session, String questionId, int attempt, AnswerKind kind, String text) {
        return answers.store(new NewAnswer(session.id(), questionId, attempt, kind, text, false, Instant.now()))
                .block(WAIT);
    }

    Answer lateAnswer(InterviewSession session, String questionId, String text) {
        return answers.store(new NewAnswer(session.id(), questionId, 1, AnswerKind.ANSWER, text, true, Instant.now()))
                .block(WAIT);
    }

    /** Grades the answer against the bank question with the real embedded grader and stores the grade. */
    GradeResult grade(Answer answer, Question question) {
        return grade(answer, question.question(), question.referenceAnswer(), question.keyPointTexts());
    }

    GradeResult grade(Answer answer, String question, String reference, List<String> keyPoints) {
        GradeResult result =
                grader.grade(new GradeRequest(question, reference, keyPoints, answer.text(), ReferenceQuality.TRUSTED));
        answers.storeGrade(answer.id(), result).block(WAIT);
        return result;
    }

    void skip(InterviewSession session, String questionId) {
        sessions.closeQuestion(session.id(), questionId, QuestionStatus.SKIPPED).block(WAIT);
    }

    InterviewSession finish(InterviewSession session) {
        InterviewSession current = sessions.find(session.id()).block(WAIT);
        return sessions.advance(current, current.questionIds().size(), SessionStatus.FINISHED)
                .block(WAIT);
    }
}
