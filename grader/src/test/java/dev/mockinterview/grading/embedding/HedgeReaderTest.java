package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hedges {@link HedgeReader} reads out of a key point. */
class HedgeReaderTest {

    private final HedgeReader reader = new HedgeReader();

    @Test
    void aHedgedComparisonHedgesItsComparativeAgainstWhatItIsComparedWith() {
        List<Hedge> hedges = reader.hedges("蒸馏后的小模型不一定比教师模型更准");

        assertThat(hedges).singleElement().satisfies(hedge -> {
            assertThat(hedge.kind()).isEqualTo(HedgeKind.MODAL);
            assertThat(hedge.predicate()).containsExactly("准");
            assertThat(hedge.subject().words()).contains("蒸馏").doesNotContain("准");
            assertThat(hedge.subject().compared()).contains("教师");
        });
    }

    @Test
    void eachLimitingClauseIsAHedgeOfItsOwn() {
        List<Hedge> hedges = reader.hedges("数据增强只能缓解过拟合，不能彻底消除");

        assertThat(hedges).extracting(Hedge::kind).containsExactly(HedgeKind.LIMIT, HedgeKind.LIMIT);
        assertThat(hedges).extracting(Hedge::predicate).containsExactly(Set.of("拟合"), Set.of("消除"));
    }

    @Test
    void aDependenceOfWhetherANeedHoldsSaysSo() {
        Hedge hedge = reader.hedges("是否需要重排序取决于召回质量").get(0);

        assertThat(hedge.kind()).isEqualTo(HedgeKind.DEPENDS);
        assertThat(hedge.predicate()).containsExactly("排序");
        assertThat(hedge.whether()).isTrue();
        assertThat(hedge.necessity()).isTrue();
    }

    @Test
    void aDependenceOfHowMuchHedgesTheWordRightBeforeIt() {
        Hedge hedge = reader.hedges("检索延迟取决于索引大小").get(0);

        assertThat(hedge.predicate()).containsExactly("延迟");
        assertThat(hedge.whether()).isFalse();
    }

    @Test
    void englishNamesAreThePointsAndTheSubjects() {
        Hedge hedge = reader.hedges("Adam 不一定比 SGD 泛化得更好").get(0);

        assertThat(hedge.names()).containsExactly("adam", "sgd");
        assertThat(hedge.subject().names()).containsExactly("adam");
        assertThat(hedge.subject().compared()).contains("sgd");
    }

    @Test
    void aLongPointIsQuotedByItsHedgedClause() {
        Hedge hedge =
                reader.hedges("在线推理服务的端到端延迟主要由网络往返和排队时间决定，模型本身的计算时间不一定是整条链路的瓶颈").get(0);

        assertThat(hedge.original()).isEqualTo("模型本身的计算时间不一定是整条链路的瓶颈");
    }

    @Test
    void aPointThatHedgesNothingHasNoHedge() {
        assertThat(reader.hedges("梯度裁剪可以防止梯度爆炸")).isEmpty();
    }
}
