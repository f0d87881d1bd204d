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
    void partialPointsEarnHalfCreditBesideACoveredOne() {
        // share (1 + 0.5 + 0.5) / 4 = 0.5, from the base: 10 × (0.15 + 0.85 × 0.5) = 5.75.
        assertThat(ScoreFormula.score(List.of(COVERED, PARTIAL, MISSED, PARTIAL), Set.of()))
                .isEqualTo(5.8);
    }

    @Test
    void partialPointsWithoutACoveredOneEarnNoBase() {
        assertThat(ScoreFormula.score(List.of(PARTIAL, PARTIAL, MISSED, MISSED), Set.of()))
                .isEqualTo(2.5);
    }

    @Test
    void aCorrectButIncompleteAnswerStartsFromTheBase() {
        double onePointOfFour = ScoreFormula.score(List.of(COVERED, MISSED, MISSED, MISSED), Set.of());
        double twoPointsOfFour = ScoreFormula.score(List.of(COVERED, COVERED, MISSED, MISSED), Set.of());

        assertThat(onePointOfFour).isEqualTo(3.6);
        assertThat(twoPointsOfFour).isEqualTo(5.8);
    }

    @Test
    void anIncorrectPointForfeitsTheBase() {
        assertThat(ScoreFormula.score(List.of(COVERED, COVERED, INCORRECT, MISSED), Set.of()))
                .isEqualTo(4.4);
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
        // 10 × (0.15 + 0.85 × 0.5) = 5.75
        assertThat(ScoreFormula.score(List.of(COVERED, MISSED), Set.of())).isEqualTo(5.8);
    }

    @Test
    void weightsShiftCreditTowardsHeavierPoints() {
        double heavyCovered = ScoreFormula.score(List.of(COVERED, MISSED), List.of(3.0, 1.0), Set.of());
        double lightCovered = ScoreFormula.score(List.of(COVERED, MISSED), List.of(1.0, 3.0), Set.of());

        assertThat(heavyCovered).isEqualTo(7.9);
        assertThat(lightCovered).isEqualTo(3.6);
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
                .isEqualTo(7.9);
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
