package dev.mockinterview.api.grading;

import dev.mockinterview.grading.llm.LlmGraderSettings;
import dev.mockinterview.grading.llm.LlmProvider;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's LLM endpoint, bound from {@code interview.grader.llm.*}. With no {@code base-url} there is no LLM
 * grader and {@code auto} means the embedded grader. Every field can come from an environment variable, e.g.
 * {@code INTERVIEW_GRADER_LLM_BASE_URL}, {@code INTERVIEW_GRADER_LLM_MODEL}, {@code INTERVIEW_GRADER_LLM_API_KEY}.
 * The defaults are those of issue 4; {@link #toGraderSettings()} hands them to the grader module.
 *
 * @param provider {@code openai} (any OpenAI-compatible endpoint) or {@code ollama}
 * @param baseUrl e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434}
 * @param apiKey never printed: {@link #toString()} masks it
 * @param promptVersion part of the grade cache key; change it when the prompt changes
 * @param cacheSize grades kept so that the same answer always gets the same grade
 */
@ConfigurationProperties("interview.grader.llm")
public record LlmSettings(
        @DefaultValue("openai") String provider,
        @Nullable String baseUrl,
        @Nullable String model,
        @Nullable String apiKey,
        @DefaultValue("0.0") double temperature,
        @DefaultValue Timeouts timeouts,
        @DefaultValue Retry retry,
        @DefaultValue Concurrency concurrency,
        @DefaultValue Circuit circuit,

        @DefaultValue(LlmGraderSettings.DEFAULT_PROMPT_VERSION)
        String promptVersion,

        @DefaultValue("10000") int cacheSize) {

    /**
     * @param firstByte longest wait for the response headers of one attempt
     * @param deadline hard limit for one grade: queueing, every attempt, backoff and the repair request
     */
    public record Timeouts(
            @DefaultValue("5s") Duration connect,
            @DefaultValue("20s") Duration firstByte,
            @DefaultValue("45s") Duration deadline) {}

    /** @param maxRetries retries after the first call, only on 408, 429 and 5xx, honouring Retry-After */
    public record Retry(
            @DefaultValue("2") int maxRetries,
            @DefaultValue("500ms") Duration initialBackoff,
            @DefaultValue("8s") Duration maxBackoff) {}

    /**
     * @param maxConcurrentCalls LLM calls in flight at once
     * @param queueCapacity grades waiting for a slot; beyond it the embedded grader stands in at once
     */
    public record Concurrency(
            @DefaultValue("8") int maxConcurrentCalls,
            @DefaultValue("64") int queueCapacity) {}

    /**
     * A count-based circuit breaker over single LLM calls.
     *
     * @param window calls the failure and slow-call rates are measured over
     * @param openFor how long the circuit stays open before trial calls
     */
    public record Circuit(
            @DefaultValue("50") float failureRatePercent,
            @DefaultValue("50") float slowCallRatePercent,
            @DefaultValue("15s") Duration slowCall,
            @DefaultValue("20") int window,
            @DefaultValue("10") int minimumCalls,
            @DefaultValue("30s") Duration openFor,
            @DefaultValue("2") int halfOpenCalls) {}

    /** True when a base URL is set; only then does the LLM grader exist. */
    public boolean configured() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    /** The grader module's settings; fails with a message naming the setting when the model is missing. */
    public LlmGraderSettings toGraderSettings() {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalStateException("interview.grader.llm.base-url is not set");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalStateException(
                    "interview.grader.llm.model (INTERVIEW_GRADER_LLM_MODEL) must be set with base-url");
        }
        LlmProvider llmProvider;
        try {
            llmProvider = LlmProvider.fromSetting(provider);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "interview.grader.llm.provider must be openai or ollama, not '" + provider + "'");
        }
        return new LlmGraderSettings(
                llmProvider,
                baseUrl.strip(),
                model.strip(),
                apiKey,
                temperature,
                new LlmGraderSettings.Timeouts(timeouts.connect(), timeouts.firstByte(), timeouts.deadline()),
                new LlmGraderSettings.Retry(retry.maxRetries(), retry.initialBackoff(), retry.maxBackoff()),
                new LlmGraderSettings.Concurrency(concurrency.maxConcurrentCalls(), concurrency.queueCapacity()),
                new LlmGraderSettings.CircuitBreaker(
                        circuit.failureRatePercent(),
                        circuit.slowCallRatePercent(),
                        circuit.slowCall(),
                        circuit.window(),
                        circuit.minimumCalls(),
                        circuit.openFor(),
                        circuit.halfOpenCalls()),
                promptVersion,
                cacheSize);
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey == null || apiKey.isBlank() ? "<none>" : "<redacted>") + ", temperature=" + temperature
                + ", timeouts=" + timeouts + ", retry=" + retry + ", concurrency=" + concurrency + ", circuit="
                + circuit + ", promptVersion=" + promptVersion + ", cacheSize=" + cacheSize + "]";
    }
}
