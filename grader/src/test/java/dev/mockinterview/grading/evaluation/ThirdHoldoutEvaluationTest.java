package dev.mockinterview.grading.evaluation;

/**
 * The third held-out set ({@code devset/holdout3.jsonl}, 20 questions), written after the second had been read, by
 * someone who had read neither the grader's code and lexicons nor the answers of the other sets. It was graded blind
 * once before this stop's grader changes and once after them; nobody building the grader has read its answers or
 * verdicts.
 *
 * <p>Run alone: {@code ./mvnw -B -q -o -pl grader test -Dtest=ThirdHoldoutEvaluationTest}; writes
 * {@code target/evaluation-report-holdout3.md}, {@code evaluation-scores-holdout3.tsv} and
 * {@code evaluation-verdicts-holdout3.txt}.
 */
class ThirdHoldoutEvaluationTest extends HeldOutSetTest {

    ThirdHoldoutEvaluationTest() {
        super(
                EvaluationSets.holdoutFromClasspath(EvaluationSets.THIRD_HOLDOUT_RESOURCE),
                "Third held-out set",
                "holdout3",
                20,
                8,
                EvaluationSets.writtenBefore(EvaluationSets.THIRD_HOLDOUT_RESOURCE));
    }
}
