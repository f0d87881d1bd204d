package dev.mockinterview.grading;

import static dev.mockinterview.grading.PointStatus.COVERED;
import static dev.mockinterview.grading.PointStatus.INCORRECT;
import static dev.mockinterview.grading.PointStatus.MISSED;
import static dev.mockinterview.grading.PointStatus.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreFormulaTest {

    @Test
    void allPointsCoveredScoresTen() {
        assertThat(ScoreFormula.score(List.of(COVERED, COVERED, COVERED), Set.of()))
                .isEqualTo(10.0);
    }

    @Test
    void partialPointsEarnHalfCredit() {
        assertThat(ScoreFormula.score(List.of(COVERED, PARTIAL, MISSED, PARTIAL), Set.of()))
                .isEqualTo(5.0);
    }

    @Test
    void confidentWrongClaimCostsMoreThanSilence() {
        double silent = ScoreFormula.score(List.of(COVERED, MISSED, MISSED), Set.of());
        double wrong = ScoreFormula.score(List.of(COVERED, INCORRECT, MISSED), Set.of());

        assertThat(wrong).isLessThan(silent).isEqualTo(2.5);
    }

    @Test
    void anAnswerWrongOnEveryPointItSpeaksToStillEarnsTheFloorOfOne() {
        assertThat(ScoreFormula.score(List.of(INCORRECT, INCORRECT, MISSED), Set.of()))
                .isEqualTo(1.0);
    }

    @Test
    void anAnswerThatSpeaksToNoPointCanScoreZero() {
        assertThat(ScoreFormula.score(List.of(MISSED, MISSED), Set.of())).isZero();
    }

    @Test
    void aCappingFlagIsNotLiftedByTheFloor() {
        assertThat(ScoreFormula.score(List.of(INCORRECT, MISSED), Set.of(GradeFlag.PROMPT_INJECTION)))
                .isZero();
    }

    @Test
    void roundsHalfUpToOneDecimal() {
        assertThat(ScoreFormula.score(List.of(COVERED, COVERED, MISSED), Set.of()))
                .isEqualTo(6.7);
    }

    @Test
    void weightsShiftCreditTowardsHeavierPoints() {
        double score = ScoreFormula.score(List.of(COVERED, MISSED), List.of(3.0, 1.0), Set.of());

        assertThat(score).isEqualTo(7.5);
    }

    @Test
    void flagsCapTheScoreWhereAHumanWould() {
        List<PointStatus> allCovered = List.of(COVERED, COVERED);

        assertThat(ScoreFormula.score(allCovered, Set.of(GradeFlag.EMPTY))).isZero();
        assertThat(ScoreFormula.score(allCovered, Set.of(GradeFlag.OFF_TOPIC))).isEqualTo(1.0);
        assertThat(ScoreFormula.score(allCovered, Set.of(GradeFlag.COPIED_QUESTION)))
                .isEqualTo(1.0);
        assertThat(ScoreFormula.score(allCovered, Set.of(GradeFlag.KEYWORD_STUFFING)))
                .isEqualTo(3.0);
        assertThat(ScoreFormula.score(allCovered, Set.of(GradeFlag.PROMPT_INJECTION)))
                .isEqualTo(3.0);
        assertThat(ScoreFormula.score(allCovered, Set.of(GradeFlag.KEYWORD_STUFFING, GradeFlag.OFF_TOPIC)))
                .isEqualTo(1.0);
    }

    @Test
    void informativeFlagsKeepTheContentCredit() {
        List<PointStatus> statuses = List.of(COVERED, PARTIAL);

        assertThat(ScoreFormula.score(
                        statuses,
                        Set.of(GradeFlag.COPIED_REFERENCE, GradeFlag.LANGUAGE_MISMATCH, GradeFlag.LOW_CONFIDENCE)))
                .isEqualTo(7.5);
    }

    @Test
    void noKeyPointsScoresZero() {
        assertThat(ScoreFormula.score(List.of(), Set.of())).isZero();
    }

    @Test
    void rejectsWeightsThatDoNotMatchThePoints() {
        assertThatThrownBy(() -> ScoreFormula.score(List.of(COVERED), List.of(1.0, 2.0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoreFormula.score(List.of(COVERED), List.of(0.0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
