package dev.mockinterview.api.session.grading;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How stored answers are graded, bound from {@code interview.session.grading.*}. The claim lease itself is
 * {@code interview.storage.grading-lease}.
 *
 * @param enabled whether the background worker runs; off, answers are graded only by {@code gradeNow} and the
 *     queue is left to other instances (or to the next start)
 * @param recoveryInterval how often the worker looks for answers without a grade and without a live claim; the
 *     first look is at start-up
 * @param concurrency answers one recovery round claims and grades at once; also the size of each claim, so that
 *     no claimed answer waits on this instance while its lease runs out
 * @param pollInterval how often {@code gradeNow} looks for the grade of an answer another grader holds
 * @param owner this instance's name on its claims; empty means the process id and a random suffix
 */
@ConfigurationProperties("interview.session.grading")
public record GradingWorkerSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5s") Duration recoveryInterval,
        @DefaultValue("4") int concurrency,
        @DefaultValue("250ms") Duration pollInterval,
        @Nullable String owner) {
    public GradingWorkerSettings {
        if (recoveryInterval.isNegative() || recoveryInterval.isZero()) {
            throw new IllegalArgumentException("interview.session.grading.recovery-interval must be positive");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("interview.session.grading.poll-interval must be positive");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("interview.session.grading.concurrency must be positive");
        }
        if (owner != null && (owner.isBlank() || owner.length() > 60)) {
            throw new IllegalArgumentException("interview.session.grading.owner: 1 to 60 characters");
        }
    }
}
