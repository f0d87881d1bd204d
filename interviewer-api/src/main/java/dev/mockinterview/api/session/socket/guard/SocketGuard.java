package dev.mockinterview.api.session.socket.guard;

import org.springframework.web.reactive.socket.WebSocketHandler;

/**
 * Puts a WebSocket handler under the connection limits of {@code interview.socket.*}. The frame size itself is
 * enforced by the WebSocket service of {@link SocketGuardConfiguration}, for every handler; the guard adds the
 * message rate, the heartbeat, the idle close and the connection metrics.
 */
public final class SocketGuard {

    private final SocketPolicy policy;
    private final SocketMeters meters;
    private final OversizedFrames oversized;

    SocketGuard(SocketPolicy policy, SocketMeters meters, OversizedFrames oversized) {
        this.policy = policy;
        this.meters = meters;
        this.oversized = oversized;
    }

    public WebSocketHandler around(WebSocketHandler handler) {
        return new GuardedWebSocketHandler(handler, policy, meters, oversized);
    }
}
