package dev.mockinterview.api.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * The bearer token a request presents: {@code Authorization: Bearer <token>} anywhere, and on a WebSocket
 * handshake also {@code Sec-WebSocket-Protocol: bearer, <token>}, the one header a page's
 * {@code new WebSocket(url, ["bearer", token])} can set. A query parameter would work too, but query strings end up
 * in access logs, proxy logs and browser history; the subprotocol header does not.
 *
 * @param fromSubprotocol whether the token came in {@code Sec-WebSocket-Protocol}
 */
record PresentedToken(String token, boolean fromSubprotocol) {

    /** The subprotocol that announces a token; the server echoes it back so browsers accept the handshake. */
    static final String SUBPROTOCOL = "bearer";

    static final String SUBPROTOCOL_HEADER = "Sec-WebSocket-Protocol";

    private static final String SCHEME = "Bearer";

    static Optional<PresentedToken> of(ServerHttpRequest request, boolean handshake) {
        @Nullable String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return fromAuthorization(authorization);
        }
        return handshake ? fromSubprotocols(offeredSubprotocols(request)) : Optional.empty();
    }

    private static Optional<PresentedToken> fromAuthorization(String authorization) {
        String value = authorization.strip();
        int space = value.indexOf(' ');
        if (space <= 0 || !value.substring(0, space).equalsIgnoreCase(SCHEME)) {
            return Optional.empty();
        }
        String token = value.substring(space + 1).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(new PresentedToken(token, false));
    }

    private static Optional<PresentedToken> fromSubprotocols(List<String> offered) {
        int marker = offered.indexOf(SUBPROTOCOL);
        if (marker < 0 || marker + 1 >= offered.size()) {
            return Optional.empty();
        }
        return Optional.of(new PresentedToken(offered.get(marker + 1), true));
    }

    private static List<String> offeredSubprotocols(ServerHttpRequest request) {
        return request.getHeaders().getOrEmpty(SUBPROTOCOL_HEADER).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(protocol -> !protocol.isEmpty())
                .toList();
    }

    /**
     * The exchange the rest of the service sees: a token offered as a subprotocol is removed from the offered
     * subprotocols, so it never reaches the WebSocket handler's handshake information.
     */
    ServerWebExchange forwarded(ServerWebExchange exchange) {
        if (!fromSubprotocol) {
            return exchange;
        }
        List<String> remaining = offeredSubprotocols(exchange.getRequest()).stream()
                .filter(protocol -> !protocol.equals(token))
                .toList();
        return exchange.mutate()
                .request(request -> request.headers(headers -> headers.put(SUBPROTOCOL_HEADER, remaining)))
                .build();
    }

    @Override
    public String toString() {
        return "PresentedToken[token=<hidden>, fromSubprotocol=" + fromSubprotocol + "]";
    }
}
