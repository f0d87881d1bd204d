package dev.mockinterview.grading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.embedding.SharedEmbeddedGrader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Does a curated rubric grade better than the corpus's own wording? The 21 questions of held-out sets 6 and 7 that
 * kept the corpus's key points got a curated rubric in the seventh round ({@code bank/curated/corpus-wording.jsonl}),
 * and a new blind set, {@code devset/rubric-ab.jsonl}, was written against it by two writers who read neither the
 * grader nor any other set. Each set of answers is graded with the rubric it was written for and with the other one
 * (a 2 x 2: answers old or new, rubric corpus or curated), and the four reports are written to
 * {@code target/evaluation-report-rubric-{old,new}-answers-{corpus,curated}-rubric.md}. Like every blind set, only
 * their aggregate rows are read. Asserts that the new set is well formed and that none of its correct answers has a
 * point marked incorrect under the rubric it was written for.
 *
 * <p>Run: {@code ./mvnw -B -q -o -pl grader test -Dtest=RubricComparisonTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RubricComparisonTest {

    static final String NEW_ANSWERS = "devset/rubric-ab.jsonl";

    private EvaluationSets newAnswers;
    private GraderEvaluation newAnswersCurated;

    @BeforeAll
    void gradeBothAnswerSetsWithBothRubrics() throws IOException {
        newAnswers = EvaluationSets.labelledOnly(NEW_ANSWERS);
        Set<String> ids =
                newAnswers.questions().stream().map(LabelledQuestion::id).collect(Collectors.toSet());
        EvaluationSets oldAnswers = subset(
                List.of(
                        EvaluationSets.labelledOnly(EvaluationSets.SIXTH_HOLDOUT_RESOURCE),
                        EvaluationSets.labelledOnly(EvaluationSets.SEVENTH_HOLDOUT_RESOURCE)),
                ids);
        Map<String, BankRubrics.Rubric> corpus = rubrics(oldAnswers);
        Map<String, BankRubrics.Rubric> curated = rubrics(newAnswers);

        newAnswersCurated = write("new-answers-curated-rubric", newAnswers);
        write("new-answers-corpus-rubric", BankRubrics.swapped(newAnswers, corpus));
        write("old-answers-corpus-rubric", oldAnswers);
        write("old-answers-curated-rubric", BankRubrics.swapped(oldAnswers, curated));
    }

    @Test
    void theNewAnswersAreOnTheCuratedRubricsOfTheOldSetsQuestions() {
        Map<String, BankRubrics.Rubric> bank = BankRubrics.curated();
        assertThat(newAnswers.questions()).hasSize(21).allSatisfy(question -> {
            BankRubrics.Rubric rubric = bank.get(question.id());
            assertThat(rubric).as(question.id()).isNotNull();
            assertThat(question.keyPoints()).as(question.id()).isEqualTo(rubric.keyPoints());
        });
        assertThat(newAnswers.labelled())
                .allSatisfy(answer -> assertThat(EvaluationSetsTest.longestSharedCjkRun(
                                answer.answer(), answer.question().referenceAnswer()))
                        .as(answer.id())
                        .isLessThanOrEqualTo(EvaluationSetsTest.LONGEST_SHARED_CJK_RUN));
    }

    @Test
    void marksNoPointOfAStrongGoodOrPartialAnswerIncorrectUnderItsOwnRubric() {
        assertThat(newAnswersCurated.falseContradictions()).isEmpty();
    }

    private static EvaluationSets subset(List<EvaluationSets> sets, Set<String> ids) {
        List<LabelledQuestion> questions = sets.stream()
                .flatMap(set -> set.questions().stream())
                .filter(q -> ids.contains(q.id()))
                .toList();
        List<LabelledAnswer> answers = sets.stream()
                .flatMap(set -> set.labelled().stream())
                .filter(a -> ids.contains(a.question().id()))
                .toList();
        return new EvaluationSets(questions, answers, List.of());
    }

    private static Map<String, BankRubrics.Rubric> rubrics(EvaluationSets set) {
        Map<String, BankRubrics.Rubric> rubrics = new LinkedHashMap<>();
        set.questions().forEach(q -> rubrics.put(q.id(), new BankRubrics.Rubric(q.referenceAnswer(), q.keyPoints())));
        return rubrics;
    }

    private static GraderEvaluation write(String stem, EvaluationSets set) throws IOException {
        GraderEvaluation embedded = GraderEvaluation.run("embedded", SharedEmbeddedGrader.get(), set);
        EvaluationOutput.write("rubric-" + stem, "Rubric comparison: " + stem, set, embedded);
        return embedded;
    }
}
