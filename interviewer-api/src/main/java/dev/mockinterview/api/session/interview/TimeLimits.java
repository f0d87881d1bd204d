package dev.mockinterview.api.session.interview;

import java.time.Duration;
import java.time.Instant;

/** The time a question gets by its difficulty, and the instant past which it is closed as timed out. */
final class TimeLimits {

    private final InterviewSettings settings;

    TimeLimits(InterviewSettings settings) {
        this.settings = settings;
    }

    Duration of(int difficulty) {
        return switch (difficulty) {
            case 1 -> settings.easyTimeLimit();
            case 3 -> settings.hardTimeLimit();
            default -> settings.mediumTimeLimit();
        };
    }

    /** Past the deadline an answer is late; past this it is no longer waited for. */
    Instant closesAt(Instant deadline) {
        return deadline.plus(settings.grace());
    }

    /** Whole seconds left until the deadline, rounded up, never below 0. */
    static long remainingSeconds(Instant now, Instant deadline) {
        long millis = Duration.between(now, deadline).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }
}
