package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.lexical.Glossary;
import dev.mockinterview.grading.lexical.TermExtractor;
import org.junit.jupiter.api.Test;

/** When {@link QuantityComparison} finds an answer's quantity against a point's in one slot. */
class QuantityComparisonTest {

    private final SlotWords slotWords = new SlotWords(Glossary.bundled());

    private final QuantityReader reader = new QuantityReader(new QuantityContext(slotWords));

    private final QuantityComparison comparison = new QuantityComparison(slotWords);

    private Quantity only(String sentence) {
        String text = TermExtractor.normalize(sentence);
        return reader.quantities(text, 0, text.length()).get(0);
    }

    private boolean contradicts(String point, String answer, boolean typical) {
        return comparison.contradicts(only(point), only(answer), typical);
    }

    @Test
    void aClearlyOtherValueInTheSameSlotContradicts() {
        assertThat(contradicts("知识蒸馏的温度系数设为 4", "知识蒸馏的温度系数设为 40", false)).isTrue();
    }

    @Test
    void aCloseValueDoesNotContradict() {
        assertThat(contradicts("知识蒸馏的温度系数设为 4", "知识蒸馏的温度系数设为 5", false)).isFalse();
    }

    @Test
    void typicalValuesAllowAWiderFactor() {
        assertThat(contradicts("知识蒸馏的温度系数通常设为 4", "知识蒸馏的温度系数设为 12", true)).isFalse();
        assertThat(contradicts("知识蒸馏的温度系数设为 4", "知识蒸馏的温度系数设为 12", false)).isTrue();
    }

    @Test
    void aValueOfAnotherSlotDoesNotContradict() {
        assertThat(contradicts("知识蒸馏的温度系数设为 4", "学习率预热的步数设为 400", false)).isFalse();
    }

    @Test
    void aChangeIsNotComparedWithAPlainValue() {
        assertThat(contradicts("混合精度训练让显存占用减少约 40%", "混合精度训练的显存占用约 90%", false)).isFalse();
    }

    @Test
    void theAnswerGivesThePointsValueWhenItIsOfOneKindAndClose() {
        assertThat(QuantityComparison.givesValue(only("检索召回了 100 个 token"), only("一次召回大约 120 个 token")))
                .isTrue();
        assertThat(QuantityComparison.givesValue(only("检索召回了 100 个 token"), only("一共用了 100 层")))
                .isFalse();
    }
}
