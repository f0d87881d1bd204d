package dev.mockinterview.grading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.embedding.EmbeddedGrader;
import dev.mockinterview.grading.embedding.EmbeddedGraderSettings;
import dev.mockinterview.grading.embedding.SingleThreadBgeSmallZhModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Grades the development and attack sets with every grader we have, writes the side-by-side report to
 * {@code target/evaluation-report.md} and holds each grader to what it is known to achieve.
 *
 * <p>Run alone: {@code ./mvnw -B -q -pl grader test -Dtest=GraderEvaluationTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraderEvaluationTest {

    /** Targets the grader does not meet yet: excluded from the default run by the grader POM. */
    static final String ISSUE_TARGETS = "issue-targets";

    static final Path REPORT = Path.of("target", "evaluation-report.md");

    private GraderEvaluation baseline;
    private GraderEvaluation embedded;

    @BeforeAll
    void gradeBothSetsAndWriteTheReport() throws IOException {
        EvaluationSets sets = EvaluationSets.fromClasspath();
        baseline = GraderEvaluation.run("bigram baseline", new BigramOverlapBaseline(), sets);
        EmbeddedGrader embeddedGrader = new EmbeddedGrader(
                new SingleThreadBgeSmallZhModel(new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run)),
                EmbeddedGraderSettings.defaults());
        embedded = GraderEvaluation.run("embedded grader", embeddedGrader, sets);
        String report = new EvaluationReport(sets, List.of(baseline, embedded)).markdown();
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        Files.writeString(REPORT.resolveSibling("evaluation-scores-baseline.tsv"), baseline.scoresTsv());
        Files.writeString(REPORT.resolveSibling("evaluation-scores-embedded.tsv"), embedded.scoresTsv());
        System.out.println(report);
    }

    /**
     * Lexical overlap follows the levels roughly (more points, more shared terms) but cannot read: confident wrong
     * answers reuse the vocabulary, so it ranks them near partial ones and puts few scores inside their range.
     * If these bands break, the harness or the data is broken, not the baseline.
     */
    @Test
    void baselineOrdersLevelsOnlyAsFarAsSharedVocabularyCan() {
        LabelledAgreement agreement = baseline.agreement();
        assertThat(agreement.spearman()).isBetween(0.5, 0.95);
        assertThat(agreement.insideRangeShare()).isLessThan(0.6);
        assertThat(agreement.meanScoreByLevel().get(AnswerLevel.STRONG))
                .isGreaterThan(agreement.meanScoreByLevel().get(AnswerLevel.PARTIAL));
        assertThat(agreement.meanScoreByLevel().get(AnswerLevel.PARTIAL))
                .isGreaterThan(agreement.meanScoreByLevel().get(AnswerLevel.OFFTOPIC));
    }

    /** It never flags anything, and a pasted reference is its best possible answer. */
    @Test
    void baselineFlagsNothingAndRewardsPastedReferences() {
        AttackResistance resistance = baseline.resistance();
        assertThat(resistance.flagged()).isZero();
        assertThat(resistance.byKind().get(AttackKind.PASTED_REFERENCE).meanScore())
                .isGreaterThan(8);
    }

    /**
     * The targets of issue 4 for the embedded grader, on this set. Not met yet (docs/grading.md gives the figures), so
     * they run only when asked for: {@code ./mvnw -pl grader test -Dtest=GraderEvaluationTest -Dgroups=issue-targets
     * -DexcludedGroups=none}. The figures reached so far are held by EmbeddedGraderEvaluationTest.
     */
    @Test
    @Tag(ISSUE_TARGETS)
    void embeddedGraderAgreesWithTheLabelledLevels() {
        LabelledAgreement agreement = embedded.agreement();
        assertThat(agreement.insideRangeShare()).as("inside the labelled range").isGreaterThanOrEqualTo(0.75);
        assertThat(agreement.spearman()).as("Spearman").isGreaterThanOrEqualTo(0.90);
        assertThat(agreement.meanScoreByLevel().get(AnswerLevel.WRONG))
                .as("confident-but-wrong below partial on average")
                .isLessThan(agreement.meanScoreByLevel().get(AnswerLevel.PARTIAL));
    }

    @Test
    void embeddedGraderCannotBeTalkedIntoAHighScore() {
        AttackResistance resistance = embedded.resistance();
        assertThat(resistance.mustStayLowScoredHigh())
                .as("injection, echo or keyword list scoring 4 or more")
                .isZero();
        assertThat(resistance.flaggedShare()).as("attacks flagged as expected").isGreaterThanOrEqualTo(0.90);
    }

    /**
     * Injected instructions are removed before grading: whatever the answer really says, they never add to it. Stricter
     * than the issue (which asks that none scores 4 or more, checked above): three one-line answers still score up to
     * one point over the content ceiling the set gives them, so this runs with the issue targets.
     */
    @Test
    @Tag(ISSUE_TARGETS)
    void embeddedGraderNeverRaisesAnInjectionAboveItsContent() {
        assertThat(embedded.attacks())
                .filteredOn(s -> s.attack().kind().family() == AttackKind.AttackFamily.INJECTION)
                .allSatisfy(s -> assertThat(s.raised())
                        .as(s.attack().id() + " scored " + s.score())
                        .isFalse());
        assertThat(embedded.attacks())
                .filteredOn(s -> s.attack().kind().family() == AttackKind.AttackFamily.INJECTION)
                .allSatisfy(s -> assertThat(s.result().flags()).contains(GradeFlag.PROMPT_INJECTION));
    }
}
