package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link WordSearch} finds a point's word in the answer. */
class WordSearchTest {

    @Test
    void aChineseWordIsFoundInsideOthers() {
        assertThat(WordSearch.contains("模型蒸馏后变小", "蒸馏")).isTrue();
    }

    @Test
    void anEnglishWordIsFoundOnlyWhole() {
        assertThat(WordSearch.contains("fp160 不存在", "fp16")).isFalse();
        assertThat(WordSearch.find("用 fp16 和 fp16 混合", "fp16", 3)).isEqualTo(9);
    }
}
