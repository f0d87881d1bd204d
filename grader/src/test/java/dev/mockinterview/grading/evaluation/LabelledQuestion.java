package dev.mockinterview.grading.evaluation;

import java.util.List;

/** A bank question of the development set: what the attack answers are graded against. */
record LabelledQuestion(String id, String topic, String question, String referenceAnswer, List<String> keyPoints) {

    LabelledQuestion {
        keyPoints = List.copyOf(keyPoints);
    }
}
