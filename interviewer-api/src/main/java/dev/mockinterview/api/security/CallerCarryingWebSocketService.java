package dev.mockinterview.api.security;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Wraps whatever WebSocket service handles handshakes so every WebSocket handler, without knowing it, (1) finds
 * the caller among its session's attributes ({@code Caller.from(session.getAttributes())}), since Spring copies
 * only web-session attributes, not exchange ones; and (2) accepts the {@code bearer} subprotocol a page offers with
 * its token, since a browser fails a handshake whose reply selects none of the subprotocols it offered.
 */
final class CallerCarryingWebSocketService implements WebSocketService {

    private final WebSocketService delegate;

    CallerCarryingWebSocketService(WebSocketService delegate) {
        this.delegate = delegate;
    }

    WebSocketService delegate() {
        return delegate;
    }

    @Override
    public Mono<Void> handleRequest(ServerWebExchange exchange, WebSocketHandler handler) {
        return delegate.handleRequest(
                exchange, new CallerCarryingHandler(handler, exchange.getAttribute(Caller.ATTRIBUTE)));
    }

    private record CallerCarryingHandler(
            WebSocketHandler handler, @Nullable Caller caller) implements WebSocketHandler {

        @Override
        public List<String> getSubProtocols() {
            List<String> protocols = new ArrayList<>(handler.getSubProtocols());
            if (!protocols.contains(PresentedToken.SUBPROTOCOL)) {
                protocols.add(PresentedToken.SUBPROTOCOL);
            }
            return protocols;
        }

        @Override
        public Mono<Void> handle(WebSocketSession session) {
            if (caller != null) {
                session.getAttributes().put(Caller.ATTRIBUTE, caller);
            }
            return handler.handle(session);
        }
    }
}
