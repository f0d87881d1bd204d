package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a reason quotes a key point, by {@link PointQuote}. */
class PointQuoteTest {

    @Test
    void aShortPointIsQuotedWholeWithoutItsClosingPunctuation() {
        assertThat(PointQuote.of("温度越高采样越随机。", "采样越随机。")).isEqualTo("温度越高采样越随机");
    }

    @Test
    void aLongPointIsQuotedByTheClause() {
        String point = "批量推理能提高 GPU 利用率，但会拉长单个请求的排队时间，对延迟敏感的在线服务要设上限，";

        assertThat(PointQuote.of(point, " 对延迟敏感的在线服务要设上限，")).isEqualTo("对延迟敏感的在线服务要设上限");
    }
}
