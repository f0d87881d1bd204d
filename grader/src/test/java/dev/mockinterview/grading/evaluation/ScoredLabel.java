package dev.mockinterview.grading.evaluation;

import dev.mockinterview.grading.GradeResult;

/** A labelled answer with the grade a grader gave it. */
record ScoredLabel(LabelledAnswer answer, GradeResult result) {

    double score() {
        return result.score();
    }

    boolean inRange() {
        return answer.range().contains(score());
    }

    double distance() {
        return answer.range().distanceTo(score());
    }
}
