package dev.mockinterview.bank.curation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyPointSupportTest {

    private static final String LORA_REFERENCE = "LoRA 冻结预训练权重 W，旁路训练低秩分解 ΔW = BA，A 随机高斯、B 零初始化，训练后可合并回原权重，不增加推理延迟。";

    @Test
    void supportsAPointThatParaphrasesTheReference() {
        KeyPointSupport support = KeyPointSupport.of("冻结预训练权重 W，训练低秩分解 ΔW = BA", LORA_REFERENCE);

        assertThat(support.supported()).isTrue();
        assertThat(support.share()).isEqualTo(1.0);
    }

    @Test
    void rejectsAPointAboutSomethingTheReferenceNeverSays() {
        KeyPointSupport support = KeyPointSupport.of("ALiBi 在注意力分数上加线性距离惩罚", LORA_REFERENCE);

        assertThat(support.supported()).isFalse();
        assertThat(support.missing()).contains("alibi", "注意", "惩罚");
    }

    @Test
    void countsLatinIdentifiersCaseInsensitivelyAndCjkAsBigrams() {
        assertThat(KeyPointSupport.tokens("LoRA 零初始化 P-tuning v2"))
                .containsExactlyInAnyOrder("lora", "p-tuning", "v2", "零初", "初始", "始化");
    }

    @Test
    void ignoresBareNumbersAndPunctuation() {
        assertThat(KeyPointSupport.tokens("r = 8，约 0.1%")).containsExactlyInAnyOrder("r", "约");
    }
}
