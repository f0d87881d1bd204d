package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scope {@link ScopeReader} reads out of a key point. */
class ScopeReaderTest {

    private final ScopeReader reader = new ScopeReader();

    @Test
    void aRestrictionReadsItsPartAndWhatItExcludes() {
        Scope scope = reader.scope("Prefix Tuning 只训练前缀向量，模型本体冻结");

        assertThat(scope).isNotNull();
        assertThat(scope.only()).isTrue();
        assertThat(scope.action()).isEqualTo(ScopeAction.TRAIN);
        assertThat(scope.part()).containsExactly("前缀");
        assertThat(scope.excluded()).containsExactly("本体");
        assertThat(scope.slot()).containsExactly("prefix", "tuning");
        assertThat(scope.quoted()).isEqualTo("训练前缀向量");
    }

    @Test
    void aDeniedActionExcludesItsThing() {
        Scope scope = reader.scope("Adapter 微调只更新插入的适配层，主干参数不更新");

        assertThat(scope).isNotNull();
        assertThat(scope.excluded()).containsExactly("参数");
        assertThat(scope.head()).isEqualTo("配层");
    }

    @Test
    void theRestrictionIsQuotedAsWritten() {
        Scope scope = reader.scope("KV Cache 只缓存历史 Token 的 Key 和 Value");

        assertThat(scope).isNotNull();
        assertThat(scope.quoted()).isEqualTo("缓存历史 Token 的 Key 和 Value");
        assertThat(scope.part()).contains("token", "key", "value");
    }

    @Test
    void aTotalityHasNoPart() {
        Scope scope = reader.scope("量化时对全部线性层都做量化");

        assertThat(scope).isNotNull();
        assertThat(scope.only()).isFalse();
        assertThat(scope.part()).isEmpty();
        assertThat(scope.quoted()).isEqualTo("量化时对全部线性层都做量化");
    }

    @Test
    void restrictingAndQuantifyingOneActionContrastsTwoThingsAndIsNoScope() {
        assertThat(reader.scope("BitFit 只训练 bias；全量微调更新全部参数")).isNull();
    }

    @Test
    void aPointWithoutAScopedActionHasNoScope() {
        assertThat(reader.scope("检索结果按相关度排序")).isNull();
    }
}
