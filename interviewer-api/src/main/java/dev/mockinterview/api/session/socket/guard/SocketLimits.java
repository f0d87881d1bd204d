package dev.mockinterview.api.session.socket.guard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code interview.socket.*}: the limits every WebSocket connection lives under.
 *
 * @param maxFrameBytes largest frame payload, and largest message once continuation frames are joined; above it the
 *     connection is closed with 1009
 * @param maxMessages messages a connection may send within {@code rateWindow}; one more closes it with 1008
 * @param rateWindow the sliding window {@code maxMessages} is counted over
 * @param pingInterval how often the server sends a ping frame
 * @param idleTimeout a connection from which nothing (no message, no pong) arrived for this long is closed with 1001
 */
@ConfigurationProperties("interview.socket")
public record SocketLimits(
        @DefaultValue("65536") int maxFrameBytes,
        @DefaultValue("100") int maxMessages,
        @DefaultValue("1m") Duration rateWindow,
        @DefaultValue("30s") Duration pingInterval,
        @DefaultValue("90s") Duration idleTimeout) {

    public SocketLimits {
        if (maxFrameBytes < 1 || maxMessages < 1) {
            throw new IllegalArgumentException("interview.socket: max-frame-bytes and max-messages must be positive");
        }
        if (!isPositive(rateWindow) || !isPositive(pingInterval) || !isPositive(idleTimeout)) {
            throw new IllegalArgumentException(
                    "interview.socket: rate-window, ping-interval and idle-timeout must be positive");
        }
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
