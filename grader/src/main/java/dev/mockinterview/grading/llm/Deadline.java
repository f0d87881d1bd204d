package dev.mockinterview.grading.llm;

import java.time.Duration;

/** The hard time limit of one grade, on the monotonic clock. */
record Deadline(long endNanos) {

    static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    boolean passed() {
        return endNanos - System.nanoTime() <= 0;
    }

    /** Whether waiting this long still leaves time for another call. */
    boolean leavesTimeAfter(Duration wait) {
        return endNanos - System.nanoTime() - wait.toNanos() > 0;
    }
}
