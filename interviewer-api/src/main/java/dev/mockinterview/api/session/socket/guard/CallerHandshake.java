package dev.mockinterview.api.session.socket.guard;

import dev.mockinterview.api.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The handshake, carrying the caller the security filter resolved into the WebSocket session's attributes, where
 * {@code Caller.from(session.getAttributes())} finds it. Spring's session attribute predicate copies only
 * {@code WebSession} attributes, and the caller is an exchange attribute, so it is copied here.
 */
final class CallerHandshake implements WebSocketService {

    private final HandshakeWebSocketService handshake;

    CallerHandshake(HandshakeWebSocketService handshake) {
        this.handshake = handshake;
    }

    @Override
    public Mono<Void> handleRequest(ServerWebExchange exchange, WebSocketHandler handler) {
        @Nullable Object caller = exchange.getAttributes().get(Caller.ATTRIBUTE);
        if (caller == null) {
            return handshake.handleRequest(exchange, handler);
        }
        return handshake.handleRequest(exchange, new WebSocketHandler() {
            @Override
            public Mono<Void> handle(org.springframework.web.reactive.socket.WebSocketSession session) {
                session.getAttributes().put(Caller.ATTRIBUTE, caller);
                return handler.handle(session);
            }

            @Override
            public java.util.List<String> getSubProtocols() {
                return handler.getSubProtocols();
            }
        });
    }
}
