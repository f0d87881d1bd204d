package dev.mockinterview.api.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** Recognises a WebSocket opening handshake, whatever handler (if any) would serve it. */
final class WebSocketHandshake {

    private WebSocketHandshake() {}

    /**
     * A GET asking to upgrade to WebSocket, or any request under {@code /ws/}: the latter so a request that drops
     * the {@code Upgrade} header still meets the same checks as a real handshake.
     */
    static boolean is(ServerHttpRequest request) {
        boolean upgrade = HttpMethod.GET.equals(request.getMethod())
                && "websocket".equalsIgnoreCase(request.getHeaders().getUpgrade());
        return upgrade || request.getPath().pathWithinApplication().value().startsWith("/ws/");
    }
}
