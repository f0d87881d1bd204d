package dev.mockinterview.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionScoringTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final UUID sessionId = UUID.randomUUID();
    private final List<AskedQuestion> asked = new ArrayList<>();
    private final List<Answer> answers = new ArrayList<>();
    private final List<StoredGrade> grades = new ArrayList<>();

    @Test
    void aQuestionCountsWithItsLatestAttempt() {
        ask(0, "q-1", "peft", QuestionStatus.ANSWERED);
        graded(answer("q-1", 1, AnswerKind.ANSWER), 4.0, PointStatus.MISSED);
        graded(answer("q-1", 2, AnswerKind.FOLLOW_UP), 7.0, PointStatus.COVERED);

        SessionScore score = SessionScoring.of(transcript(1, SessionStatus.FINISHED));

        assertThat(score.score()).isEqualTo(7.0);
        assertThat(score.weakest()).isEmpty();
        assertThat(score.answered()).isEqualTo(1);
    }

    @Test
    void skippedTimedOutAndNeverAskedQuestionsCountZeroInAFinishedSession() {
        ask(0, "q-1", "peft", QuestionStatus.ANSWERED);
        graded(answer("q-1", 1, AnswerKind.ANSWER), 9.0, PointStatus.COVERED);
        ask(1, "q-2", "rag", QuestionStatus.SKIPPED);
        ask(2, "q-3", "rag", QuestionStatus.TIMED_OUT);

        SessionScore score = SessionScoring.of(transcript(4, SessionStatus.FINISHED));

        assertThat(score.score()).isEqualTo(2.3);
        assertThat(score.skipped()).isEqualTo(3);
        assertThat(score.byTopic())
                .containsExactly(
                        new SessionScore.TopicScore("peft", 9.0, 1), new SessionScore.TopicScore("rag", 0.0, 2));
    }

    @Test
    void aPendingGradeLeavesTheOverallScoreOpen() {
        ask(0, "q-1", "peft", QuestionStatus.ANSWERED);
        graded(answer("q-1", 1, AnswerKind.ANSWER), 8.0, PointStatus.COVERED);
        ask(1, "q-2", "rag", QuestionStatus.ANSWERED);
        answer("q-2", 1, AnswerKind.ANSWER);

        SessionScore score = SessionScoring.of(transcript(2, SessionStatus.ACTIVE));

        assertThat(score.score()).isNull();
        assertThat(score.pendingGrades()).isEqualTo(1);
        assertThat(score.byTopic()).contains(new SessionScore.TopicScore("rag", null, 1));
    }

    @Test
    void weakestPointsPutIncorrectBeforeMissedBeforePartial() {
        ask(0, "q-1", "peft", QuestionStatus.ANSWERED);
        graded(answer("q-1", 1, AnswerKind.ANSWER), 5.0, PointStatus.PARTIAL);
        ask(1, "q-2", "rag", QuestionStatus.ANSWERED);
        graded(answer("q-2", 1, AnswerKind.ANSWER), 2.0, PointStatus.INCORRECT);
        ask(2, "q-3", "rag", QuestionStatus.ANSWERED);
        graded(answer("q-3", 1, AnswerKind.ANSWER), 3.0, PointStatus.MISSED);

        SessionScore score = SessionScoring.of(transcript(3, SessionStatus.FINISHED));

        assertThat(score.weakest())
                .extracting(SessionScore.WeakPoint::questionId)
                .containsExactly("q-2", "q-3", "q-1");
    }

    @Test
    void theCurrentUnansweredQuestionIsNotCounted() {
        ask(0, "q-1", "peft", QuestionStatus.ANSWERED);
        graded(answer("q-1", 1, AnswerKind.ANSWER), 6.0, PointStatus.PARTIAL);
        ask(1, "q-2", "rag", QuestionStatus.PENDING);

        SessionScore score = SessionScoring.of(transcript(3, SessionStatus.ACTIVE));

        assertThat(score.score()).isEqualTo(6.0);
        assertThat(score.questions()).hasSize(1);
        assertThat(score.skipped()).isZero();
    }

    private void ask(int index, String questionId, String topic, QuestionStatus status) {
        asked.add(new AskedQuestion(sessionId, index, questionId, topic, T0, T0.plusSeconds(300), status));
    }

    private Answer answer(String questionId, int attempt, AnswerKind kind) {
        Answer answer =
                new Answer(UUID.randomUUID(), sessionId, questionId, attempt, kind, "answer " + attempt, false, T0);
        answers.add(answer);
        return answer;
    }

    private void graded(Answer answer, double score, PointStatus pointStatus) {
        GradeResult result = new GradeResult(
                score,
                GraderKind.EMBEDDING,
                false,
                List.of(new KeyPointResult("point of " + answer.questionId(), pointStatus, "")),
                "feedback",
                List.of(),
                "reference");
        grades.add(new StoredGrade(answer.id(), result, T0));
    }

    private Transcript transcript(int planned, SessionStatus status) {
        List<String> plan = new ArrayList<>();
        for (int i = 1; i <= planned; i++) {
            plan.add("q-" + i);
        }
        InterviewSession session = new InterviewSession(
                sessionId, UUID.randomUUID(), Mode.PRACTICE, "embedding", null, plan, 0, status, T0, T0, 1);
        return new Transcript(session, asked, answers, grades);
    }
}
