package dev.mockinterview.grading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.mockinterview.grading.embedding.EmbeddedGrader;
import dev.mockinterview.grading.embedding.EmbeddedGraderSettings;
import dev.mockinterview.grading.embedding.SingleThreadBgeSmallZhModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Grades both sets with the embedded grader beside the bigram baseline, writes
 * {@code target/evaluation-report-embedded.md} and holds the grader to the figures it reached when it was
 * calibrated (docs/grading.md), so that a change that makes it worse fails here. The figures are below the issue's
 * targets for the labelled set; see the docs for the kinds of answer it still gets wrong.
 *
 * <p>Run alone: {@code ./mvnw -B -q -pl grader test -Dtest=EmbeddedGraderEvaluationTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedGraderEvaluationTest {

    private GraderEvaluation embedded;
    private GraderEvaluation baseline;

    @BeforeAll
    void gradeBothSets() throws IOException {
        EvaluationSets sets = EvaluationSets.fromClasspath();
        EmbeddedGrader grader = new EmbeddedGrader(
                new SingleThreadBgeSmallZhModel(new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run)),
                EmbeddedGraderSettings.defaults());
        embedded = GraderEvaluation.run("embedded", grader, sets);
        baseline = GraderEvaluation.run("bigram baseline", new BigramOverlapBaseline(), sets);
        String report = new EvaluationReport(sets, List.of(baseline, embedded)).markdown();
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("evaluation-report-embedded.md"), report, StandardCharsets.UTF_8);
        Files.writeString(target.resolve("evaluation-scores-embedded.tsv"), embedded.scoresTsv());
        Files.writeString(target.resolve("evaluation-halves-embedded.md"), halves(sets), StandardCharsets.UTF_8);
        Files.writeString(
                target.resolve("evaluation-verdicts-embedded.txt"), embedded.verdictsText(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /**
     * The figures on two halves of the questions (even and odd position in the file): a change tuned while looking
     * at one half is kept only if it helps the other one too.
     */
    private String halves(EvaluationSets sets) {
        StringBuilder out = new StringBuilder(
                "| half | answers | inside range | Spearman | mean strong / good / partial / wrong / offtopic |\n"
                        + "|---|---|---|---|---|\n");
        for (int parity = 0; parity < 2; parity++) {
            LabelledAgreement half = half(sets, parity);
            var means = half.meanScoreByLevel();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f %% | %.3f | %.2f / %.2f / %.2f / %.2f / %.2f |%n",
                    parity == 0 ? "even" : "odd",
                    half.answers(),
                    100 * half.insideRangeShare(),
                    half.spearman(),
                    means.get(AnswerLevel.STRONG),
                    means.get(AnswerLevel.GOOD),
                    means.get(AnswerLevel.PARTIAL),
                    means.get(AnswerLevel.WRONG),
                    means.get(AnswerLevel.OFFTOPIC)));
        }
        return out.toString();
    }

    private LabelledAgreement half(EvaluationSets sets, int parity) {
        List<String> ids = sets.questions().stream().map(LabelledQuestion::id).toList();
        return LabelledAgreement.of(
                embedded.labelled().stream()
                        .filter(s -> ids.indexOf(s.answer().question().id()) % 2 == parity)
                        .toList(),
                0);
    }

    @Test
    void agreesWithTheLabelsBetterThanTheBaseline() {
        LabelledAgreement agreement = embedded.agreement();
        assertThat(agreement.insideRangeShare())
                .isGreaterThanOrEqualTo(0.70)
                .isGreaterThan(baseline.agreement().insideRangeShare());
        assertThat(agreement.spearman())
                .isGreaterThanOrEqualTo(0.90)
                .isGreaterThan(baseline.agreement().spearman());
        assertThat(agreement.contentFalseAlarms()).isZero();
    }

    @Test
    void holdsOnBothHalvesOfTheQuestions() {
        EvaluationSets sets = EvaluationSets.fromClasspath();
        for (int parity = 0; parity < 2; parity++) {
            LabelledAgreement half = half(sets, parity);
            assertThat(half.insideRangeShare()).as("half %d in range", parity).isGreaterThanOrEqualTo(0.67);
            assertThat(half.spearman()).as("half %d Spearman", parity).isGreaterThanOrEqualTo(0.90);
        }
    }

    @Test
    void ranksStrongAboveGoodAboveTheRest() {
        var means = embedded.agreement().meanScoreByLevel();
        assertThat(means.get(AnswerLevel.STRONG)).isGreaterThan(means.get(AnswerLevel.GOOD));
        assertThat(means.get(AnswerLevel.GOOD)).isGreaterThan(means.get(AnswerLevel.PARTIAL));
        assertThat(means.get(AnswerLevel.GOOD)).isGreaterThan(means.get(AnswerLevel.WRONG));
        assertThat(means.get(AnswerLevel.PARTIAL)).isGreaterThan(means.get(AnswerLevel.OFFTOPIC));
        assertThat(means.get(AnswerLevel.PARTIAL)).isGreaterThan(means.get(AnswerLevel.WRONG) + 1.0);
    }

    @Test
    void marksNoPointOfAStrongGoodOrPartialAnswerIncorrect() {
        assertThat(embedded.falseContradictions()).isEmpty();
    }

    @Test
    void attacksAreFlaggedAndNeverScoreAPass() {
        AttackResistance resistance = embedded.resistance();
        assertThat(resistance.mustStayLowScoredHigh()).isZero();
        assertThat((double) resistance.flagged() / resistance.expectingFlag()).isGreaterThanOrEqualTo(0.9);
    }
}
