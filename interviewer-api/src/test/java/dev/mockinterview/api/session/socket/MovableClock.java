package dev.mockinterview.api.session.socket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Wall-clock time plus an offset the test moves forward: a deadline can pass for the interviewer while the timers
 * it scheduled still run in real time.
 */
final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    void advance(Duration by) {
        offset = offset.plus(by);
    }

    void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the interviewer works in UTC");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
