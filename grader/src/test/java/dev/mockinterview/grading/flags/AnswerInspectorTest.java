package dev.mockinterview.grading.flags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerInspectorTest {

    private final AnswerInspector inspector = new AnswerInspector();

    @Test
    void flagsShortTermsSeparatedBySpaces() {
        assertThat(inspector.stuffsKeywords("Q K V 点积 缩放 softmax 多头 拼接 残差 LayerNorm"))
                .isTrue();
    }

    @Test
    void flagsALongRunOfTermsWithLongEnglishIdentifiers() {
        assertThat(inspector.stuffsKeywords(
                        "ZeRO offload FlashAttention gradient checkpointing mixed-precision 显存 混合精度 激活重算 recompute"))
                .isTrue();
    }

    @Test
    void doesNotFlagAFewLongEnglishWordsInAnExplainedAnswer() {
        assertThat(inspector.stuffsKeywords("显存不够的时候，我一般先开 gradient checkpointing，拿时间换显存。"
                        + "ZeRO offload DeepSpeed pipeline 这些也行，原理是把优化器状态放到 CPU 内存里。"))
                .isFalse();
    }
}
