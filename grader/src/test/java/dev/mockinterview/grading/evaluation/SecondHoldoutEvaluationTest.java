package dev.mockinterview.grading.evaluation;

/**
 * The second held-out set ({@code devset/holdout2.jsonl}, 16 questions), written after the first had been read, by
 * someone who had read neither the grader's code and lexicons nor the answers of the other sets.
 *
 * <p>Run alone: {@code ./mvnw -B -q -o -pl grader test -Dtest=SecondHoldoutEvaluationTest}; writes
 * {@code target/evaluation-report-holdout2.md}, {@code evaluation-scores-holdout2.tsv} and
 * {@code evaluation-verdicts-holdout2.txt}.
 */
class SecondHoldoutEvaluationTest extends HeldOutSetTest {

    SecondHoldoutEvaluationTest() {
        super(
                EvaluationSets.holdoutFromClasspath(EvaluationSets.SECOND_HOLDOUT_RESOURCE),
                "Second held-out set",
                "holdout2",
                16,
                8,
                EvaluationSets.writtenBefore(EvaluationSets.SECOND_HOLDOUT_RESOURCE));
    }
}
