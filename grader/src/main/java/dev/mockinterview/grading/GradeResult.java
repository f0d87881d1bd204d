package dev.mockinterview.grading;

import java.util.List;

/**
 * The grade of one answer, as the v1 contract gives it.
 *
 * @param score 0 to 10 with one decimal, computed by our code from the point statuses
 * @param degraded true when the requested grader could not answer and another one stood in
 */
public record GradeResult(
        double score,
        GraderKind grader,
        boolean degraded,
        List<KeyPointResult> keyPoints,
        String feedback,
        List<GradeFlag> flags,
        String referenceAnswer) {
    public GradeResult {
        keyPoints = List.copyOf(keyPoints);
        flags = List.copyOf(flags);
    }
}
