package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The absolutes {@link AbsoluteReader} reads out of a sentence of the answer. */
class AbsoluteReaderTest {

    private final AbsoluteReader reader = new AbsoluteReader();

    private static AnswerSentence sentence(String text) {
        return AnswerSentence.split(text).get(0);
    }

    @Test
    void aCertaintyIsReadWithTheClauseItBinds() {
        assertThat(reader.absolutes(sentence("量化以后，精度肯定会下降。"), HedgeKind.MODAL))
                .containsExactly(new Absolute("肯定", 1, false));
    }

    @Test
    void aNegativeCertaintyAnswersADependenceButNoModalHedge() {
        AnswerSentence sentence = sentence("缓存命中率一定不会太低。");

        assertThat(reader.absolutes(sentence, HedgeKind.MODAL)).isEmpty();
        assertThat(reader.absolutes(sentence, HedgeKind.DEPENDS)).containsExactly(new Absolute("一定", 0, false));
    }

    @Test
    void aCertaintyAnswersALimitOnlyWhenItRemovesTheThing() {
        assertThat(reader.absolutes(sentence("加了 dropout 肯定能缓解过拟合。"), HedgeKind.LIMIT))
                .isEmpty();
        assertThat(reader.absolutes(sentence("加了 dropout 肯定能避免过拟合。"), HedgeKind.LIMIT))
                .containsExactly(new Absolute("肯定", 0, false));
    }

    @Test
    void aNegatedCertaintyIsNoAbsoluteButADenial() {
        AnswerSentence sentence = sentence("不能说加了正则化就一定不会过拟合。");

        assertThat(reader.absolutes(sentence, HedgeKind.DEPENDS)).isEmpty();
        assertThat(reader.deniesCertainty(sentence)).isTrue();
        assertThat(reader.deniesCertainty(sentence("加了正则化一定不会过拟合。"))).isFalse();
    }

    @Test
    void aNoMatterSpanningTwoClausesBindsTheClauseItEndsIn() {
        assertThat(reader.absolutes(sentence("不管数据多少，模型都会收敛。"), HedgeKind.MODAL))
                .containsExactly(new Absolute("不管数据多少,模型都", 1, false));
    }

    @Test
    void aCertaintyThatSaysWhatMustBeDoneIsAnObligation() {
        assertThat(reader.absolutes(sentence("上线前一定得做一轮压测。"), HedgeKind.MODAL))
                .containsExactly(new Absolute("一定", 0, true));
        assertThat(reader.absolutes(
                        sentence("Sharding must always be planned before the data grows."), HedgeKind.MODAL))
                .containsExactly(new Absolute("always", 0, true), new Absolute("must", 0, true));
    }

    @Test
    void aCertaintyAboutWhatWillHoldIsNoObligation() {
        assertThat(reader.absolutes(sentence("压测以后延迟一定得到改善。"), HedgeKind.MODAL))
                .containsExactly(new Absolute("一定", 0, false));
    }

    @Test
    void mustOnItsOwnIsAnObligationUnlessNegated() {
        assertThat(reader.absolutes(sentence("多卡训练必须开混合精度。"), HedgeKind.MODAL))
                .containsExactly(new Absolute("必须", 0, true));
        assertThat(reader.absolutes(sentence("多卡训练并不是必须开混合精度。"), HedgeKind.MODAL))
                .isEmpty();
        assertThat(reader.deniesCertainty(sentence("多卡训练并不是必须开混合精度。"))).isTrue();
    }

    @Test
    void absolutesAreBlankedOutOfAClause() {
        assertThat(reader.withoutAbsolutes("训练必然收敛,而且能彻底稳定")).isEqualTo("训练 收敛,而且能 稳定");
    }
}
