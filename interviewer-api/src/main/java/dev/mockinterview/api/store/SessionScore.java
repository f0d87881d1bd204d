package dev.mockinterview.api.store;

import dev.mockinterview.grading.PointStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a session went, computed from its transcript alone by {@link SessionScoring}.
 *
 * @param score 0 to 10 with one decimal; null while a grade is pending or before any question is settled
 * @param total questions planned for the session
 * @param answered asked questions with at least one answer
 * @param skipped questions skipped, timed out, or never asked in a finished session
 * @param pendingGrades answers still waiting for their grade
 */
public record SessionScore(
        @Nullable Double score,
        List<TopicScore> byTopic,
        List<WeakPoint> weakest,
        List<QuestionScore> questions,
        int total,
        int answered,
        int skipped,
        int pendingGrades) {

    public SessionScore {
        byTopic = List.copyOf(byTopic);
        weakest = List.copyOf(weakest);
        questions = List.copyOf(questions);
    }

    /** A topic's mean over its settled questions; null while none is settled. */
    public record TopicScore(String topic, @Nullable Double score, int questions) {}

    /** A key point the candidate missed, got partly, or got wrong, in the latest graded attempt. */
    public record WeakPoint(int questionIndex, String questionId, String topic, String point, PointStatus status) {}

    /**
     * One asked question's outcome: its latest grade's score, 0 when skipped or timed out without an answer, null
     * while its latest answer waits for a grade.
     */
    public record QuestionScore(
            int index,
            String questionId,
            String topic,
            @Nullable Double score,
            boolean pending) {}
}
