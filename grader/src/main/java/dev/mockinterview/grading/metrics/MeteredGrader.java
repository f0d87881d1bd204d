package dev.mockinterview.grading.metrics;

import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;

/** Times any grader and counts the flags it raises; the grader keeps its own kind. */
public final class MeteredGrader implements AnswerGrader {

    private final AnswerGrader delegate;
    private final GradingMetrics metrics;

    public MeteredGrader(AnswerGrader delegate, GradingMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public GradeResult grade(GradeRequest request) {
        long start = System.nanoTime();
        GradeResult result = delegate.grade(request);
        metrics.recordGrade(delegate.kind(), result, java.time.Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    @Override
    public GraderKind kind() {
        return delegate.kind();
    }
}
