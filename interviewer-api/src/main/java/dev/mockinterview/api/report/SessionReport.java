package dev.mockinterview.api.report;

import dev.mockinterview.grading.PointStatus;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a session went: the scores of {@code SessionScoring}, the weakest points with the reference for each, and
 * every question with its answers, grades and reference side by side.
 *
 * @param score 0 to 10 with one decimal; null while grades are pending or before any question is settled
 * @param skipped questions skipped, timed out, or never asked in a session that ended early
 * @param pendingGrades answers still waiting for their grade
 * @param flagNotes a plain explanation of every flag that occurs in this report, by flag
 */
public record SessionReport(
        UUID sessionId,
        String mode,
        String status,
        String grader,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Double score,
        int total,
        int answered,
        int skipped,
        int pendingGrades,
        List<TopicScore> byTopic,
        List<WeakPoint> weakest,
        List<QuestionReport> questions,
        Map<String, String> flagNotes) {

    public SessionReport {
        byTopic = List.copyOf(byTopic);
        weakest = List.copyOf(weakest);
        questions = List.copyOf(questions);
        flagNotes = Collections.unmodifiableMap(new LinkedHashMap<>(flagNotes));
    }

    /**
     * @param name the topic's name in the bank, or its id when the bank no longer knows it
     * @param score the mean over the topic's settled questions; null while none is settled
     */
    public record TopicScore(
            String topic, String name, @Nullable Double score, int questions) {}

    /**
     * A key point missed, got partly or got wrong in a question's latest graded attempt, worst first.
     *
     * @param question null when the bank no longer holds the question
     * @param referenceAnswer the reference to read for this point
     */
    public record WeakPoint(
            String questionId,
            @Nullable String question,
            String topic,
            String point,
            PointStatus status,
            @Nullable String referenceAnswer) {}

    /**
     * @param question null when the bank no longer holds the question ({@code inBank} false)
     * @param referenceAnswer from the bank, or from the latest grade when the bank no longer holds the question;
     *     null for the question an active session waits for an answer to, which the report must not give away
     * @param keyPoints the rubric, from the bank or, failing that, from the latest grade; empty like the reference
     *     while the question waits for its answer
     * @param score the question's score: its latest grade, 0 when skipped or timed out, null while pending
     * @param inBank false when the question was removed from the bank after the session asked it
     */
    public record QuestionReport(
            int index,
            String questionId,
            String topic,
            @Nullable String question,
            @Nullable String referenceAnswer,
            List<String> keyPoints,
            String status,
            @Nullable Double score,
            boolean inBank,
            List<AnswerView> answers) {
        public QuestionReport {
            keyPoints = List.copyOf(keyPoints);
            answers = List.copyOf(answers);
        }
    }
}
