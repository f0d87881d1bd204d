package dev.mockinterview.grading.evaluation;

/**
 * The fifth held-out set ({@code devset/holdout5.jsonl}, 20 questions over 7 topics), written after the fourth, by
 * someone who had read neither the grader's code and lexicons nor the answers of the other sets. Its questions are
 * bank questions that no earlier set uses; nobody building the grader has read its answers or verdicts.
 *
 * <p>Run alone: {@code ./mvnw -B -q -o -pl grader test -Dtest=FifthHoldoutEvaluationTest}; writes
 * {@code target/evaluation-report-holdout5.md}, {@code evaluation-scores-holdout5.tsv} and
 * {@code evaluation-verdicts-holdout5.txt}.
 */
class FifthHoldoutEvaluationTest extends HeldOutSetTest {

    FifthHoldoutEvaluationTest() {
        super(
                EvaluationSets.holdoutFromClasspath(EvaluationSets.FIFTH_HOLDOUT_RESOURCE),
                "Fifth held-out set",
                "holdout5",
                20,
                7,
                EvaluationSets.writtenBefore(EvaluationSets.FIFTH_HOLDOUT_RESOURCE));
    }
}
