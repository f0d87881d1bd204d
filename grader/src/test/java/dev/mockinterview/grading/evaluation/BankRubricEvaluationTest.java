package dev.mockinterview.grading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.embedding.SharedEmbeddedGrader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The development and held-out sets graded as the service grades their questions today: with the bank's curated
 * rubric wherever one exists ({@link BankRubrics}), the answers and their labels as written. The sets were written
 * against the rubric of their day, and for many questions that was the corpus's own wording; this is how the same
 * answers fare once the bank has rewritten it. Writes {@code target/evaluation-report-<set>-bank.md}, scores and
 * verdicts (the blind sets' are read like theirs: aggregate rows only). Asserts only the safety property of every
 * set: no correct answer has a point marked incorrect under the new rubric either.
 *
 * <p>Run: {@code ./mvnw -B -q -o -pl grader test -Dtest=BankRubricEvaluationTest}.
 */
class BankRubricEvaluationTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                EvaluationSets.LABELLED_RESOURCE,
                EvaluationSets.HOLDOUT_RESOURCE,
                EvaluationSets.SECOND_HOLDOUT_RESOURCE,
                EvaluationSets.THIRD_HOLDOUT_RESOURCE,
                EvaluationSets.FOURTH_HOLDOUT_RESOURCE,
                EvaluationSets.FIFTH_HOLDOUT_RESOURCE,
                EvaluationSets.SIXTH_HOLDOUT_RESOURCE,
                EvaluationSets.SEVENTH_HOLDOUT_RESOURCE
            })
    void noCorrectAnswerHasAPointMarkedIncorrectUnderTheBanksRubric(String resource) throws IOException {
        Map<String, BankRubrics.Rubric> rubrics = BankRubrics.curated();
        EvaluationSets written = EvaluationSets.labelledOnly(resource);
        EvaluationSets set = BankRubrics.swapped(written, rubrics);
        String stem = stem(resource) + "-bank";
        GraderEvaluation embedded = GraderEvaluation.run("embedded", SharedEmbeddedGrader.get(), set);
        String title = "%s graded with the bank's rubrics (%d of %d questions changed)"
                .formatted(
                        resource,
                        BankRubrics.changed(written, rubrics),
                        written.questions().size());
        EvaluationOutput.write(stem, title, set, embedded);

        assertThat(new ArrayList<>(embedded.falseContradictions())).isEmpty();
    }

    private static String stem(String resource) {
        String file = resource.substring(resource.lastIndexOf('/') + 1).replace(".jsonl", "");
        return file.equals("labelled") ? "embedded" : file;
    }
}
