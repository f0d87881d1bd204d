package dev.mockinterview.grading.evaluation;

/**
 * The fourth held-out set ({@code devset/holdout4.jsonl}, 20 questions over 11 topics), written after the third, by
 * someone who had read neither the grader's code and lexicons nor the answers of the other sets. Its questions are
 * bank questions that no earlier set uses; nobody building the grader has read its answers or verdicts.
 *
 * <p>Run alone: {@code ./mvnw -B -q -o -pl grader test -Dtest=FourthHoldoutEvaluationTest}; writes
 * {@code target/evaluation-report-holdout4.md}, {@code evaluation-scores-holdout4.tsv} and
 * {@code evaluation-verdicts-holdout4.txt}.
 */
class FourthHoldoutEvaluationTest extends HeldOutSetTest {

    FourthHoldoutEvaluationTest() {
        super(
                EvaluationSets.holdoutFromClasspath(EvaluationSets.FOURTH_HOLDOUT_RESOURCE),
                "Fourth held-out set",
                "holdout4",
                20,
                11,
                EvaluationSets.writtenBefore(EvaluationSets.FOURTH_HOLDOUT_RESOURCE));
    }
}
