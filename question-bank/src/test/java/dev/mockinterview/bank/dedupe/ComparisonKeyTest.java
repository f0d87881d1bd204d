package dev.mockinterview.bank.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonKeyTest {

    @Test
    void ignoresWidthCasePunctuationAndSpaces() {
        assertThat(ComparisonKey.of("什么是 LoRA？")).isEqualTo(ComparisonKey.of("什么是LoRA?"));
        assertThat(ComparisonKey.of("ＬｏＲＡ　的思路，是什么")).isEqualTo("lora的思路是什么");
    }

    @Test
    void keepsDifferentWordsApart() {
        assertThat(ComparisonKey.of("LoRA 的特点是什么？")).isNotEqualTo(ComparisonKey.of("QLoRA 的特点是什么？"));
    }

    @Test
    void groupsExactDuplicatesAndJoinsConfirmedMerges() {
        var items = java.util.List.of(
                new DuplicateGrouping.Item("a", "什么是 LoRA？"),
                new DuplicateGrouping.Item("b", "什么是LoRA?"),
                new DuplicateGrouping.Item("c", "LoRA 的思路是什么？"),
                new DuplicateGrouping.Item("d", "什么是 RAG？"));
        assertThat(DuplicateGrouping.exactOnly(items).clusters())
                .containsExactly(java.util.List.of("a", "b"), java.util.List.of("c"), java.util.List.of("d"));
        EntryPairs merges = new EntryPairs("merges", java.util.List.of(new EntryPair("c", "a", "same idea")));
        assertThat(new DuplicateGrouping(merges).group(items).clusters())
                .containsExactly(java.util.List.of("a", "b", "c"), java.util.List.of("d"));
    }
}
