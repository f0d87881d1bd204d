package dev.mockinterview.grading.evaluation;

/**
 * The seventh held-out set ({@code devset/holdout7.jsonl}, 20 questions over 8 topics), written at the start of the
 * seventh round by two writers who had read neither the grader's code and lexicons nor the answers of the other sets.
 * Its questions are bank questions that no earlier set uses, 9 of them with the corpus's own (trusted, uncurated)
 * reference; nobody building the grader has read its answers or verdicts. Its first run was taken before any change
 * of the seventh round.
 *
 * <p>Run alone: {@code ./mvnw -B -q -o -pl grader test -Dtest=SeventhHoldoutEvaluationTest}; writes
 * {@code target/evaluation-report-holdout7.md}, {@code evaluation-scores-holdout7.tsv} and
 * {@code evaluation-verdicts-holdout7.txt}.
 */
class SeventhHoldoutEvaluationTest extends HeldOutSetTest {

    SeventhHoldoutEvaluationTest() {
        super(
                EvaluationSets.holdoutFromClasspath(EvaluationSets.SEVENTH_HOLDOUT_RESOURCE),
                "Seventh held-out set",
                "holdout7",
                20,
                8,
                EvaluationSets.writtenBefore(EvaluationSets.SEVENTH_HOLDOUT_RESOURCE));
    }
}
