package dev.mockinterview.grading.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteCheckTest {

    private final QuoteCheck answer = new QuoteCheck("我理解 LoRA 就是在原权重旁边加两个低秩矩阵 A 和 B，只训练它们，原权重冻结。");

    @Test
    void acceptsExactQuotesAndHarmlessCopyingDifferences() {
        assertThat(answer.isQuote("加两个低秩矩阵 A 和 B")).isTrue();
        assertThat(answer.isQuote("“lora 就是在原权重旁边”")).isTrue();
        assertThat(answer.isQuote("ＬｏＲＡ就是在原权重旁边")).isTrue();
        assertThat(answer.isQuote("加两个低秩矩阵……原权重冻结")).isTrue();
    }

    @Test
    void rejectsParaphrasesReorderedFragmentsAndSingleCharacters() {
        assertThat(answer.isQuote("LoRA 在原权重旁加入低秩分解矩阵")).isFalse();
        assertThat(answer.isQuote("原权重冻结...加两个低秩矩阵")).isFalse();
        assertThat(answer.isQuote("我")).isFalse();
        assertThat(answer.isQuote("……")).isFalse();
    }
}
