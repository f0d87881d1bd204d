package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantityUnitTest {

    @Test
    void theLongestUnitTheTextOpensWithIsRead() {
        assertThat(QuantityUnit.at("gb/s 的带宽")).isEqualTo(new QuantityUnit("gb/s", "bandwidth", 1e9));
        assertThat(QuantityUnit.at("gb 显存")).isEqualTo(new QuantityUnit("gb", "bytes", 1e9));
        assertThat(QuantityUnit.at("个头")).isEqualTo(new QuantityUnit("个头", "heads", 1));
    }

    @Test
    void anEnglishUnitMustEndItsWord() {
        assertThat(QuantityUnit.at("gbps")).isNull();
        assertThat(QuantityUnit.at("stepsize")).isNull();
    }

    @Test
    void aTimesSignBeforeAnotherFactorIsMultiplication() {
        assertThat(QuantityUnit.at("× 4 的矩阵")).isNull();
        assertThat(QuantityUnit.at("× 隐藏维度")).isNull();
        assertThat(QuantityUnit.at("x，显存也更省")).isEqualTo(new QuantityUnit("x", "ratio", 1));
    }
}
