package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointMatcherTest {

    @Test
    void aLabelledPointSplitsIntoItsLabelAndTheClaimsOfItsBody() {
        PointMatcher.Claims claims = PointMatcher.claims("梯度裁剪：把梯度范数限制在阈值以内，防止更新步子过大；常用于 RNN 训练");

        assertThat(claims.label()).isEqualTo("梯度裁剪");
        assertThat(claims.texts()).containsExactly("把梯度范数限制在阈值以内", "防止更新步子过大", "常用于 RNN 训练");
    }

    @Test
    void examplesListedWithAnEnumerationCommaStayInTheirClaim() {
        PointMatcher.Claims claims = PointMatcher.claims("常见优化器：SGD、Adam、AdamW 等");

        assertThat(claims.texts()).containsExactly("SGD、Adam、AdamW 等");
    }

    @Test
    void shortPiecesJoinTheirNeighbour() {
        PointMatcher.Claims claims = PointMatcher.claims("缓存中间结果，省时，但占用更多内存");

        assertThat(claims.texts()).containsExactly("缓存中间结果，省时", "但占用更多内存");
    }

    @Test
    void aSingleUnlabelledClaimIsNotSplit() {
        assertThat(PointMatcher.claims("词表变大以后，切出来的序列会变短").texts()).hasSize(2);
        assertThat(PointMatcher.claims("序列长度决定显存占用").texts()).isEmpty();
    }
}
