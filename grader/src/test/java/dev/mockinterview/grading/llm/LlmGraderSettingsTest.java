package dev.mockinterview.grading.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LlmGraderSettingsTest {

    @Test
    void hasTheDefaultsOfTheIssue() {
        LlmGraderSettings settings = LlmGraderSettings.of(LlmProvider.OPENAI, "https://api.example/v1", "m", "k");

        assertThat(settings.temperature()).isZero();
        assertThat(settings.timeouts())
                .isEqualTo(new LlmGraderSettings.Timeouts(
                        Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(45)));
        assertThat(settings.retry().maxRetries()).isEqualTo(2);
        assertThat(settings.concurrency().maxConcurrentCalls()).isEqualTo(8);
        LlmGraderSettings.CircuitBreaker breaker = settings.circuitBreaker();
        assertThat(breaker.failureRatePercent()).isEqualTo(50f);
        assertThat(breaker.slowCallRatePercent()).isEqualTo(50f);
        assertThat(breaker.window()).isEqualTo(20);
        assertThat(breaker.minimumCalls()).isEqualTo(10);
        assertThat(breaker.openFor()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void unsetNestedGroupsGetTheirDefaults() {
        LlmGraderSettings settings = new LlmGraderSettings(
                LlmProvider.fromSetting("ollama"),
                "http://localhost:11434",
                "qwen2.5",
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                100);

        assertThat(settings.provider()).isEqualTo(LlmProvider.OLLAMA);
        assertThat(settings.timeouts()).isEqualTo(LlmGraderSettings.Timeouts.defaults());
        assertThat(settings.circuitBreaker()).isEqualTo(LlmGraderSettings.CircuitBreaker.defaults());
        assertThat(settings.promptVersion()).isEqualTo(LlmGraderSettings.DEFAULT_PROMPT_VERSION);
        assertThat(settings.apiKey()).isNull();
    }

    @Test
    void neverPrintsTheApiKey() {
        LlmGraderSettings settings =
                LlmGraderSettings.of(LlmProvider.OPENAI, "https://api.example/v1", "m", "sk-very-secret");

        assertThat(settings.toString()).doesNotContain("sk-very-secret").contains("apiKey=<redacted>");
    }

    @Test
    void rejectsAZeroDeadline() {
        assertThatThrownBy(() ->
                        new LlmGraderSettings.Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deadline");
    }
}
