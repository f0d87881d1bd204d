package dev.mockinterview.grading;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions that read as the rubric: {@code assertThat(result).hasScoreBetween(7, 9).covers("残差连接")
 * .flags(PROMPT_INJECTION)}. Key points are found by a fragment of their text.
 */
public final class GradeResultAssert extends AbstractAssert<GradeResultAssert, GradeResult> {

    private GradeResultAssert(GradeResult actual) {
        super(actual, GradeResultAssert.class);
    }

    public static GradeResultAssert assertThat(GradeResult actual) {
        return new GradeResultAssert(actual);
    }

    public GradeResultAssert hasScoreBetween(double min, double max) {
        isNotNull();
        if (actual.score() < min || actual.score() > max) {
            failWithMessage("expected a score in [%s, %s] but was %s%n%s", min, max, actual.score(), describe());
        }
        return this;
    }

    public GradeResultAssert hasScoreAtMost(double max) {
        return hasScoreBetween(0, max);
    }

    public GradeResultAssert covers(String pointFragment) {
        return hasStatus(pointFragment, PointStatus.COVERED);
    }

    public GradeResultAssert partlyCovers(String pointFragment) {
        return hasStatus(pointFragment, PointStatus.PARTIAL);
    }

    public GradeResultAssert misses(String pointFragment) {
        return hasStatus(pointFragment, PointStatus.MISSED);
    }

    public GradeResultAssert marksIncorrect(String pointFragment) {
        return hasStatus(pointFragment, PointStatus.INCORRECT);
    }

    public GradeResultAssert marksNothingIncorrect() {
        isNotNull();
        if (actual.keyPoints().stream().anyMatch(p -> p.status() == PointStatus.INCORRECT)) {
            failWithMessage("expected no incorrect point%n%s", describe());
        }
        return this;
    }

    public GradeResultAssert flags(GradeFlag... expected) {
        isNotNull();
        if (!actual.flags().containsAll(Arrays.asList(expected))) {
            failWithMessage("expected flags %s among %s%n%s", Arrays.toString(expected), actual.flags(), describe());
        }
        return this;
    }

    public GradeResultAssert doesNotFlag(GradeFlag... unexpected) {
        isNotNull();
        for (GradeFlag flag : unexpected) {
            if (actual.flags().contains(flag)) {
                failWithMessage("expected no flag %s%n%s", flag, describe());
            }
        }
        return this;
    }

    /** Every piece of evidence is a verbatim substring of the answer the candidate gave. */
    public GradeResultAssert quotesOnly(String answer) {
        isNotNull();
        for (KeyPointResult point : actual.keyPoints()) {
            if (!answer.contains(point.evidence())) {
                failWithMessage("evidence <%s> is not a quote of the answer", point.evidence());
            }
            if (point.status() == PointStatus.MISSED != point.evidence().isEmpty()) {
                failWithMessage("point <%s> is %s with evidence <%s>", point.text(), point.status(), point.evidence());
            }
        }
        return this;
    }

    public GradeResultAssert feedbackMentions(String... fragments) {
        isNotNull();
        for (String fragment : fragments) {
            if (!actual.feedback().contains(fragment)) {
                failWithMessage("expected feedback to mention <%s>%n%s", fragment, describe());
            }
        }
        return this;
    }

    private GradeResultAssert hasStatus(String pointFragment, PointStatus status) {
        isNotNull();
        List<KeyPointResult> matching = actual.keyPoints().stream()
                .filter(p -> p.text().contains(pointFragment))
                .toList();
        if (matching.isEmpty()) {
            failWithMessage("no key point contains <%s>%n%s", pointFragment, describe());
        }
        if (matching.stream().noneMatch(p -> p.status() == status)) {
            failWithMessage("expected key point <%s> to be %s%n%s", pointFragment, status, describe());
        }
        return this;
    }

    private String describe() {
        StringBuilder text = new StringBuilder("score ")
                .append(actual.score())
                .append(" flags ")
                .append(actual.flags());
        for (KeyPointResult point : actual.keyPoints()) {
            text.append("\n  ")
                    .append(point.status())
                    .append(" ")
                    .append(point.text())
                    .append(" <- ")
                    .append(point.evidence());
        }
        return text.toString();
    }
}
