package dev.mockinterview.api.grading;

import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.KeyPointResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A {@link GradeResult} as the v1 contract shows it. The score is a decimal with exactly one fractional digit,
 * so {@code 7} is sent as {@code 7.0} and no binary fraction such as {@code 6.999999} can leak out.
 */
public record GradeView(
        BigDecimal score,
        GraderKind grader,
        boolean degraded,
        List<KeyPointResult> keyPoints,
        String feedback,
        List<GradeFlag> flags,
        String referenceAnswer) {

    public static GradeView of(GradeResult result) {
        return new GradeView(
                BigDecimal.valueOf(result.score()).setScale(1, RoundingMode.HALF_UP),
                result.grader(),
                result.degraded(),
                result.keyPoints(),
                result.feedback(),
                result.flags(),
                result.referenceAnswer());
    }
}
