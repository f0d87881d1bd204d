package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The interval arithmetic of a {@link Quantity}. */
class QuantityTest {

    private static Quantity between(double low, double high) {
        return new Quantity("ratio", low, high, "", 1, true, 0, 0, false, 0, Set.of(), Set.of(), List.of(), false, "");
    }

    @Test
    void anotherValueWithinTheToleranceFactorIsContained() {
        assertThat(between(10, 10).contains(between(14, 14), 1.5)).isTrue();
        assertThat(between(10, 10).contains(between(16, 16), 1.5)).isFalse();
        assertThat(between(10, 10).contains(between(6, 6), 1.5)).isFalse();
        assertThat(between(8, 16).contains(between(20, 20), 1.5)).isTrue();
    }

    @Test
    void zeroHoldsOnlyValuesBelowATenth() {
        assertThat(between(0, 0).contains(between(0.05, 0.05), 1.5)).isTrue();
        assertThat(between(0, 0).contains(between(0.5, 0.5), 1.5)).isFalse();
    }

    @Test
    void anInvertedRatioTurnsItsIntervalOver() {
        Quantity inverted = between(2, 4).inverted();

        assertThat(inverted.low()).isEqualTo(0.25);
        assertThat(inverted.high()).isEqualTo(0.5);
        assertThat(between(0, Double.POSITIVE_INFINITY).inverted().low()).isZero();
        assertThat(between(0, 3).inverted().high()).isInfinite();
    }
}
