package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link HedgeWords} reads names and finds stemmed English words. */
class HedgeWordsTest {

    @Test
    void englishNamesHaveTwoLettersOrMore() {
        assertThat(HedgeWords.english("用 bf16 训练 llama 模型的 x 轴")).containsExactly("bf16", "llama");
    }

    @Test
    void aLongEnglishWordIsFoundByItsStem() {
        String stem = HedgeWords.stem("mitigates");

        assertThat(stem).isEqualTo("mitig");
        assertThat(HedgeWords.contains("caching mitigated the latency", stem)).isTrue();
        assertThat(HedgeWords.contains("unmitigated latency", stem)).isFalse();
    }

    @Test
    void aShortEnglishWordIsFoundOnlyWhole() {
        assertThat(HedgeWords.contains("int80 is no type", "int8")).isFalse();
        assertThat(HedgeWords.contains("int8 is faster", "int8")).isTrue();
    }

    @Test
    void theThanOfAComparisonIsNotTheOneOfComparing() {
        assertThat(HedgeWords.THAN.matcher("比较两种方法").find()).isFalse();
        assertThat(HedgeWords.THAN.matcher("比基线高").find()).isTrue();
    }
}
