package dev.mockinterview.grading.evaluation;

import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.ReferenceQuality;
import java.util.List;

/**
 * One answer of the attack set.
 *
 * @param contentMax the highest score the answer's real content deserves, whatever else it contains
 * @param expectedFlags what a careful human would notice; empty when nothing in particular
 */
record AttackAnswer(
        String id,
        LabelledQuestion question,
        AttackKind kind,
        String answer,
        double contentMax,
        List<GradeFlag> expectedFlags) {

    AttackAnswer {
        expectedFlags = List.copyOf(expectedFlags);
    }

    GradeRequest toRequest() {
        return new GradeRequest(
                question.question(),
                question.referenceAnswer(),
                question.keyPoints(),
                answer,
                ReferenceQuality.TRUSTED);
    }
}
