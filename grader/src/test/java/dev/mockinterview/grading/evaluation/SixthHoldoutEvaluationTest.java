package dev.mockinterview.grading.evaluation;

/**
 * The sixth held-out set ({@code devset/holdout6.jsonl}, 20 questions over 18 topics), written at the start of the
 * sixth round by someone who had read neither the grader's code and lexicons nor the answers of the other sets. Its
 * questions are bank questions that no earlier set uses, 13 of them with the corpus's own (trusted, uncurated)
 * reference; nobody building the grader has read its answers or verdicts. Its first run was taken near the end of
 * the sixth round, before its last check (which changes none of its scores).
 *
 * <p>Run alone: {@code ./mvnw -B -q -o -pl grader test -Dtest=SixthHoldoutEvaluationTest}; writes
 * {@code target/evaluation-report-holdout6.md}, {@code evaluation-scores-holdout6.tsv} and
 * {@code evaluation-verdicts-holdout6.txt}.
 */
class SixthHoldoutEvaluationTest extends HeldOutSetTest {

    SixthHoldoutEvaluationTest() {
        super(
                EvaluationSets.holdoutFromClasspath(EvaluationSets.SIXTH_HOLDOUT_RESOURCE),
                "Sixth held-out set",
                "holdout6",
                20,
                15,
                EvaluationSets.writtenBefore(EvaluationSets.SIXTH_HOLDOUT_RESOURCE));
    }
}
