package dev.mockinterview.grading.llm;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How long to wait before retry number {@code n} (0-based): exponential from the initial backoff, capped, with "equal
 * jitter" (half fixed, half random) so that many graders do not retry in lockstep. A server's {@code Retry-After}
 * that asks for longer wins.
 */
record Backoff(Duration initial, Duration max) {

    static Backoff of(LlmGraderSettings.Retry retry) {
        return new Backoff(retry.initialBackoff(), retry.maxBackoff());
    }

    Duration before(int retry, Optional<Duration> retryAfter, RandomGenerator random) {
        long exponential = Math.min(max.toMillis(), initial.toMillis() << Math.min(retry, 20));
        long half = exponential / 2;
        long jittered = half + (half == 0 ? 0 : random.nextLong(half + 1));
        Duration backoff = Duration.ofMillis(jittered);
        return retryAfter.filter(asked -> asked.compareTo(backoff) > 0).orElse(backoff);
    }
}
