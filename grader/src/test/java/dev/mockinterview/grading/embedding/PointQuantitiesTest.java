package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.lexical.Glossary;
import org.junit.jupiter.api.Test;

/** The quantities a key point claims, read by {@link PointQuantities}. */
class PointQuantitiesTest {

    private final QuantityReader reader = new QuantityReader(new QuantityContext(new SlotWords(Glossary.bundled())));

    @Test
    void aStatedValueIsClaimed() {
        PointQuantities point = PointQuantities.read("ViT-B 的图像块大小为 16 像素，编码器有 12 层", reader);

        assertThat(point.claimed()).extracting(Quantity::written).containsExactly("16", "12 层");
        assertThat(point.typical()).isFalse();
    }

    @Test
    void anExampleOrAConditionIsNoClaim() {
        assertThat(PointQuantities.read("上下文窗口有限（如 8192），长文档要切块", reader).claimed())
                .isEmpty();
        assertThat(PointQuantities.read("当显存只有 16GB 时需要开启梯度检查点", reader).claimed())
                .isEmpty();
    }

    @Test
    void typicalValuesAreMarked() {
        assertThat(PointQuantities.read("Dropout 比例通常取 10%", reader).typical()).isTrue();
    }
}
