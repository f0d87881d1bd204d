package dev.mockinterview.grading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankCorrelationTest {

    @Test
    void givesTiedValuesTheMeanOfTheirRanks() {
        assertThat(RankCorrelation.ranks(new double[] {10, 20, 20, 30, 20})).containsExactly(1, 3, 3, 5, 3);
    }

    @Test
    void isOneForAnyIncreasingRelation() {
        assertThat(RankCorrelation.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 8, 27, 64}))
                .isCloseTo(1, within(1e-12));
    }

    @Test
    void isMinusOneForAReversedOrder() {
        assertThat(RankCorrelation.spearman(new double[] {1, 2, 3, 4}, new double[] {9, 7, 5, 0}))
                .isCloseTo(-1, within(1e-12));
    }

    @Test
    void matchesAHandComputedValueWithTies() {
        // levels 0,0,1,1 against scores 1,2,2,3: ranks x = 1.5,1.5,3.5,3.5 and y = 1,2.5,2.5,4;
        // Pearson of the ranks = 3 / sqrt(4 * 4.5) = 0.7071
        assertThat(RankCorrelation.spearman(new double[] {0, 0, 1, 1}, new double[] {1, 2, 2, 3}))
                .isCloseTo(0.70711, within(1e-4));
    }

    @Test
    void isZeroWhenTheScoresCarryNoOrder() {
        assertThat(RankCorrelation.spearman(new double[] {0, 1, 2}, new double[] {5, 5, 5}))
                .isZero();
    }
}
