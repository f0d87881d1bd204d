package dev.mockinterview.api.session.socket.guard;

import io.netty.channel.ChannelId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.adapter.ReactorNettyWebSocketSession;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Wraps a handler so each of its connections lives under the socket limits: the delegate gets a guarded session,
 * the guard pings and watches beside it, and the connection is counted open until the delegate's work ends.
 */
final class GuardedWebSocketHandler implements WebSocketHandler {

    private final WebSocketHandler delegate;
    private final SocketPolicy policy;
    private final SocketMeters meters;
    private final OversizedFrames oversized;

    GuardedWebSocketHandler(
            WebSocketHandler delegate, SocketPolicy policy, SocketMeters meters, OversizedFrames oversized) {
        this.delegate = delegate;
        this.policy = policy;
        this.meters = meters;
        this.oversized = oversized;
    }

    @Override
    public Mono<Void> handle(WebSocketSession session) {
        return Mono.defer(() -> {
            GuardedConnection connection = new GuardedConnection(session, policy);
            @Nullable
            ChannelId channel = session instanceof ReactorNettyWebSocketSession netty ? netty.getChannelId() : null;
            if (channel != null) {
                oversized.listen(channel, () -> connection.refuse(CloseReason.SIZE));
            }
            meters.opened();
            Disposable watch = connection.watch().subscribe();
            return delegate.handle(new GuardedSession(session, connection)).doFinally(signal -> {
                watch.dispose();
                if (channel == null) {
                    meters.closed(connection.reason());
                } else {
                    oversized.settle(channel, () -> meters.closed(connection.reason()));
                }
            });
        });
    }

    @Override
    public List<String> getSubProtocols() {
        return delegate.getSubProtocols();
    }
}
