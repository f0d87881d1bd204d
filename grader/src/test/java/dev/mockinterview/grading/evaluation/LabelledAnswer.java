package dev.mockinterview.grading.evaluation;

import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.ReferenceQuality;

/** One answer of the development set, with the level a human gave it and the range it should score in. */
record LabelledAnswer(LabelledQuestion question, AnswerLevel level, ScoreRange range, String answer) {

    String id() {
        return question.id() + "/" + level.wireName();
    }

    /** The labelled questions all have a correct reference, so it may mark points incorrect. */
    GradeRequest toRequest() {
        return new GradeRequest(
                question.question(),
                question.referenceAnswer(),
                question.keyPoints(),
                answer,
                ReferenceQuality.TRUSTED);
    }
}
