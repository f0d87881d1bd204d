package dev.mockinterview.grading;

/**
 * Grades one answer. Implementations block (model inference, HTTP): callers run them on a bounded scheduler,
 * never on an event-loop thread.
 */
public interface AnswerGrader {

    GradeResult grade(GradeRequest request);

    GraderKind kind();
}
