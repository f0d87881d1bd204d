package dev.mockinterview.api.session.socket;

import dev.mockinterview.api.security.Caller;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Upgrades the handshake and hands the caller the caller filter resolved for it on to the connection's attributes.
 * (Spring's own session-attribute copying reads the HTTP {@code WebSession}, which we neither need nor want to
 * create for every connection.)
 */
final class CallerHandshake implements WebSocketService {

    private final HandshakeWebSocketService upgrade;

    CallerHandshake(HandshakeWebSocketService upgrade) {
        this.upgrade = upgrade;
    }

    @Override
    public Mono<Void> handleRequest(ServerWebExchange exchange, WebSocketHandler handler) {
        Object caller = exchange.getAttributes().get(Caller.ATTRIBUTE);
        WebSocketHandler withCaller = session -> {
            if (caller != null) {
                session.getAttributes().put(Caller.ATTRIBUTE, caller);
            }
            return handler.handle(session);
        };
        return upgrade.handleRequest(exchange, withCaller);
    }
}
