package dev.mockinterview.api.session.grading;

import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.AnswerKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The text an answer is graded on. A follow-up is a supplement: the interviewer asked for the points the answer
 * before it missed, so the follow-up is graded together with that answer. The grader matches each key point
 * against every clause of the text it gets, so grading the two texts joined lets a point count when it is
 * covered in either, and the grade replaces the first one as the question's grade. A first answer or a retry
 * stands on its own.
 *
 * @param maxChars the grader's answer limit, in code points
 */
record GradedText(int maxChars) {

    /**
     * @param earlier the session's answers; for a follow-up the one it supplements is the latest non-follow-up
     *     attempt of the same question before it (the first answer, or the retry a follow-up was asked about)
     */
    String of(Answer answer, List<Answer> earlier) {
        if (answer.kind() != AnswerKind.FOLLOW_UP) {
            return answer.text();
        }
        Optional<Answer> supplemented = earlier.stream()
                .filter(a -> a.questionId().equals(answer.questionId()))
                .filter(a -> a.attempt() < answer.attempt() && a.kind() != AnswerKind.FOLLOW_UP)
                .max(Comparator.comparingInt(Answer::attempt));
        return supplemented.map(first -> joined(first.text(), answer.text())).orElse(answer.text());
    }

    /**
     * Each text alone is within the limit, but both together may not be: the supplement is kept whole, since it
     * holds what was asked for, and the first answer is cut at its end to fit.
     */
    private String joined(String first, String supplement) {
        String separator = "\n";
        int room = maxChars - codePoints(supplement) - separator.length();
        if (room <= 0) {
            return supplement;
        }
        String kept = codePoints(first) <= room ? first : first.substring(0, first.offsetByCodePoints(0, room));
        return kept + separator + supplement;
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}
