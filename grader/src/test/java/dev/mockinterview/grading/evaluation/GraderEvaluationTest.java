package dev.mockinterview.grading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
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

    static final Path REPORT = Path.of("target", "evaluation-report.md");

    private GraderEvaluation baseline;

    @BeforeAll
    void gradeBothSetsAndWriteTheReport() throws IOException {
        EvaluationSets sets = EvaluationSets.fromClasspath();
        baseline = GraderEvaluation.run("bigram baseline", new BigramOverlapBaseline(), sets);
        String report = new EvaluationReport(sets, List.of(baseline)).markdown();
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        Files.writeString(REPORT.resolveSibling("evaluation-scores-baseline.tsv"), baseline.scoresTsv());
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
}
