package dev.mockinterview.grading.llm;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Everything the LLM grader needs, with the defaults of issue 4. Plain Java: the service binds it from {@code
 * interview.grader.llm.*}. An unset nested group arrives as null and is replaced by its defaults.
 *
 * @param apiKey never printed: {@link #toString()} redacts it, and nothing else in this package logs or reports it
 * @param promptVersion part of the cache key, so a new prompt never reuses grades made by the old one
 * @param cacheSize how many grades the cache keeps (least recently used go first)
 */
public record LlmGraderSettings(
        LlmProvider provider,
        String baseUrl,
        String model,
        @Nullable String apiKey,
        double temperature,
        Timeouts timeouts,
        Retry retry,
        Concurrency concurrency,
        CircuitBreaker circuitBreaker,
        String promptVersion,
        int cacheSize) {

    public static final String DEFAULT_PROMPT_VERSION = "grading-v1";
    public static final int DEFAULT_CACHE_SIZE = 10_000;

    public LlmGraderSettings {
        if (baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl must not be blank");
        }
        if (model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        if (temperature < 0) {
            throw new IllegalArgumentException("temperature must not be negative");
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must not be negative");
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        timeouts = timeouts == null ? Timeouts.defaults() : timeouts;
        retry = retry == null ? Retry.defaults() : retry;
        concurrency = concurrency == null ? Concurrency.defaults() : concurrency;
        circuitBreaker = circuitBreaker == null ? CircuitBreaker.defaults() : circuitBreaker;
        promptVersion = promptVersion == null || promptVersion.isBlank() ? DEFAULT_PROMPT_VERSION : promptVersion;
    }

    /** Settings with every default of issue 4 for this endpoint. */
    public static LlmGraderSettings of(LlmProvider provider, String baseUrl, String model, @Nullable String apiKey) {
        return new LlmGraderSettings(
                provider,
                baseUrl,
                model,
                apiKey,
                0.0,
                Timeouts.defaults(),
                Retry.defaults(),
                Concurrency.defaults(),
                CircuitBreaker.defaults(),
                DEFAULT_PROMPT_VERSION,
                DEFAULT_CACHE_SIZE);
    }

    public LlmGraderSettings withTimeouts(Timeouts newTimeouts) {
        return new LlmGraderSettings(
                provider,
                baseUrl,
                model,
                apiKey,
                temperature,
                newTimeouts,
                retry,
                concurrency,
                circuitBreaker,
                promptVersion,
                cacheSize);
    }

    public LlmGraderSettings withRetry(Retry newRetry) {
        return new LlmGraderSettings(
                provider,
                baseUrl,
                model,
                apiKey,
                temperature,
                timeouts,
                newRetry,
                concurrency,
                circuitBreaker,
                promptVersion,
                cacheSize);
    }

    public LlmGraderSettings withConcurrency(Concurrency newConcurrency) {
        return new LlmGraderSettings(
                provider,
                baseUrl,
                model,
                apiKey,
                temperature,
                timeouts,
                retry,
                newConcurrency,
                circuitBreaker,
                promptVersion,
                cacheSize);
    }

    public LlmGraderSettings withCircuitBreaker(CircuitBreaker newCircuitBreaker) {
        return new LlmGraderSettings(
                provider,
                baseUrl,
                model,
                apiKey,
                temperature,
                timeouts,
                retry,
                concurrency,
                newCircuitBreaker,
                promptVersion,
                cacheSize);
    }

    @Override
    public String toString() {
        return "LlmGraderSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey == null ? "<none>" : "<redacted>") + ", temperature=" + temperature + ", timeouts="
                + timeouts + ", retry=" + retry + ", concurrency=" + concurrency + ", circuitBreaker="
                + circuitBreaker + ", promptVersion=" + promptVersion + ", cacheSize=" + cacheSize + "]";
    }

    /**
     * @param connect to open the TCP/TLS connection
     * @param firstByte from sending the request to the response headers of one attempt
     * @param deadline the hard limit for one grade: queueing, every attempt, backoff and the repair request
     */
    public record Timeouts(Duration connect, Duration firstByte, Duration deadline) {
        public Timeouts {
            requirePositive(connect, "connect");
            requirePositive(firstByte, "firstByte");
            requirePositive(deadline, "deadline");
        }

        public static Timeouts defaults() {
            return new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(45));
        }
    }

    /**
     * Retries of one LLM call, only after 408, 429 and 5xx; a {@code Retry-After} longer than the backoff wins.
     *
     * @param initialBackoff the first backoff before jitter; each retry doubles it up to {@code maxBackoff}
     */
    public record Retry(int maxRetries, Duration initialBackoff, Duration maxBackoff) {
        public Retry {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative");
            }
            requirePositive(initialBackoff, "initialBackoff");
            requirePositive(maxBackoff, "maxBackoff");
        }

        public static Retry defaults() {
            return new Retry(2, Duration.ofMillis(500), Duration.ofSeconds(8));
        }
    }

    /**
     * @param maxConcurrentCalls grades talking to the LLM at once
     * @param queueCapacity grades waiting for a slot; one more falls back to the embedded grader at once
     */
    public record Concurrency(int maxConcurrentCalls, int queueCapacity) {
        public Concurrency {
            if (maxConcurrentCalls < 1) {
                throw new IllegalArgumentException("maxConcurrentCalls must be at least 1");
            }
            if (queueCapacity < 0) {
                throw new IllegalArgumentException("queueCapacity must not be negative");
            }
        }

        public static Concurrency defaults() {
            return new Concurrency(8, 64);
        }
    }

    /**
     * A count-based Resilience4j circuit breaker over single LLM calls.
     *
     * @param failureRatePercent open when at least this share of the window failed
     * @param slowCallRatePercent open when at least this share of the window was slower than {@code slowCall}
     * @param window how many recent calls are counted
     * @param minimumCalls no decision before this many calls
     * @param openFor how long the circuit stays open before letting trial calls through
     * @param halfOpenCalls trial calls that decide whether to close again
     */
    public record CircuitBreaker(
            float failureRatePercent,
            float slowCallRatePercent,
            Duration slowCall,
            int window,
            int minimumCalls,
            Duration openFor,
            int halfOpenCalls) {
        public CircuitBreaker {
            requirePositive(slowCall, "slowCall");
            requirePositive(openFor, "openFor");
            if (window < 1 || minimumCalls < 1 || halfOpenCalls < 1) {
                throw new IllegalArgumentException("window, minimumCalls and halfOpenCalls must be at least 1");
            }
        }

        public static CircuitBreaker defaults() {
            return new CircuitBreaker(50f, 50f, Duration.ofSeconds(15), 20, 10, Duration.ofSeconds(30), 2);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
