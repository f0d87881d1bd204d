package dev.mockinterview.grading;

import java.util.List;

/**
 * An answer to grade against a reference used as a rubric.
 *
 * @param keyPoints the rubric's self-contained statements; empty means the grader splits the reference itself
 */
public record GradeRequest(
        String question,
        String referenceAnswer,
        List<String> keyPoints,
        String answer,
        ReferenceQuality referenceQuality) {
    public GradeRequest {
        keyPoints = List.copyOf(keyPoints);
    }
}
