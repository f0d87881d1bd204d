package dev.mockinterview.api.grading;

import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's LLM endpoint. With no {@code base-url} there is no LLM grader and {@code auto} means the
 * embedded grader. Every field can come from an environment variable, e.g. {@code INTERVIEW_GRADER_LLM_BASE_URL},
 * {@code INTERVIEW_GRADER_LLM_API_KEY}.
 *
 * @param provider {@code openai} (any OpenAI-compatible endpoint) or {@code ollama}
 * @param apiKey never printed: {@link #toString()} masks it
 */
@ConfigurationProperties("interview.grader.llm")
public record LlmSettings(
        @DefaultValue("openai") Provider provider,
        @Nullable String baseUrl,
        @Nullable String model,
        @Nullable String apiKey,
        @DefaultValue Timeouts timeouts,
        @DefaultValue Retries retries,
        @DefaultValue Concurrency concurrency,
        @DefaultValue Circuit circuit) {

    public enum Provider {
        OPENAI,
        OLLAMA;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param firstByte longest wait for the first byte of a reply
     * @param deadline hard limit for one grade, retries included
     */
    public record Timeouts(
            @DefaultValue("5s") Duration connect,
            @DefaultValue("20s") Duration firstByte,
            @DefaultValue("45s") Duration deadline) {}

    /** @param max retries after the first call, only on 408, 429 and 5xx */
    public record Retries(@DefaultValue("2") int max) {}

    /**
     * @param max concurrent LLM calls
     * @param queue calls waiting for a slot before the embedded grader stands in
     */
    public record Concurrency(
            @DefaultValue("8") int max, @DefaultValue("32") int queue) {}

    /**
     * @param failureRate percentage of failed calls in the window that opens the circuit
     * @param slowCallRate percentage of calls slower than {@code slowCall} that opens it
     * @param window calls the rates are measured over
     * @param minimumCalls calls needed before the rates count
     * @param openFor how long the circuit stays open before it tries again
     */
    public record Circuit(
            @DefaultValue("50") float failureRate,
            @DefaultValue("50") float slowCallRate,
            @DefaultValue("20s") Duration slowCall,
            @DefaultValue("20") int window,
            @DefaultValue("10") int minimumCalls,
            @DefaultValue("30s") Duration openFor) {}

    public boolean configured() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider.wireName() + ", baseUrl=" + baseUrl + ", model=" + model
                + ", apiKey=" + (apiKey == null || apiKey.isBlank() ? "<none>" : "<set>") + ", timeouts=" + timeouts
                + ", retries=" + retries + ", concurrency=" + concurrency + ", circuit=" + circuit + "]";
    }
}
