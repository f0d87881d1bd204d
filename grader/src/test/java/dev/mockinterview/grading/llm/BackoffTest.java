package dev.mockinterview.grading.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8));

    @Test
    void doublesWithEqualJitterUpToTheCap() {
        SplittableRandom random = new SplittableRandom(7);
        for (int retry = 0; retry < 8; retry++) {
            long exponential = Math.min(8_000, 500L << retry);
            Duration wait = backoff.before(retry, Optional.empty(), random);
            assertThat(wait.toMillis()).isBetween(exponential / 2, exponential);
        }
    }

    @Test
    void honoursALongerRetryAfterButNotAShorterOne() {
        SplittableRandom random = new SplittableRandom(7);
        assertThat(backoff.before(0, Optional.of(Duration.ofSeconds(3)), random))
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.before(3, Optional.of(Duration.ofMillis(1)), random).toMillis())
                .isBetween(2_000L, 4_000L);
    }

    @Test
    void readsRetryAfterAsSecondsOrAsAnHttpDate() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC);

        assertThat(RetryAfter.parse(Optional.of(" 12 "), clock)).contains(Duration.ofSeconds(12));
        assertThat(RetryAfter.parse(Optional.of("Wed, 25 Nov 2026 01:00:30 GMT"), clock))
                .contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse(Optional.of("Wed, 25 Nov 2026 00:59:00 GMT"), clock))
                .contains(Duration.ZERO);
        assertThat(RetryAfter.parse(Optional.of("soon"), clock)).isEmpty();
        assertThat(RetryAfter.parse(Optional.empty(), clock)).isEmpty();
    }
}
