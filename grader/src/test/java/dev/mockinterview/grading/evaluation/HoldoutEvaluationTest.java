package dev.mockinterview.grading.evaluation;

/**
 * The held-out set ({@code devset/holdout.jsonl}, 20 questions), written without looking at the grader. Its figures
 * say how the grader does on answers nobody tuned against; its verdicts have since been read (see docs/grading.md),
 * so it is no longer blind.
 *
 * <p>Run alone: {@code ./mvnw -B -q -o -pl grader test -Dtest=HoldoutEvaluationTest}; writes
 * {@code target/evaluation-report-holdout.md}, {@code evaluation-scores-holdout.tsv} and
 * {@code evaluation-verdicts-holdout.txt}.
 */
class HoldoutEvaluationTest extends HeldOutSetTest {

    HoldoutEvaluationTest() {
        super(
                EvaluationSets.holdoutFromClasspath(),
                "Held-out set",
                "holdout",
                20,
                10,
                EvaluationSets.writtenBefore(EvaluationSets.HOLDOUT_RESOURCE));
    }
}
