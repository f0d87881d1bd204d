package dev.mockinterview.api.session.socket.guard;

/**
 * A sliding-window log of one connection's last messages: the arrival times of the last {@code limit} messages in
 * a ring. A message is admitted when the oldest of those arrived at least a window ago, so no window of that length
 * ever holds more than {@code limit} messages (a fixed window would let twice the limit through across a boundary).
 * One connection's messages arrive one at a time, so this needs no locking.
 */
final class MessageRate {

    private final long[] arrivals;
    private final long windowNanos;
    private int next;
    private int seen;

    MessageRate(int limit, long windowNanos) {
        this.arrivals = new long[limit];
        this.windowNanos = windowNanos;
    }

    /** Records a message arriving at {@code nanos} (monotonic) and says whether it stays within the limit. */
    boolean admit(long nanos) {
        if (seen == arrivals.length && nanos - arrivals[next] < windowNanos) {
            return false;
        }
        arrivals[next] = nanos;
        next = (next + 1) % arrivals.length;
        seen = Math.min(seen + 1, arrivals.length);
        return true;
    }
}
