package dev.mockinterview.api.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Which pages may open the interview WebSocket. Browsers do not apply the same-origin policy to WebSockets, so
 * without this check any site the user visits could open a socket to the service and act as them (in local mode
 * without any token at all). A handshake without {@code Origin} comes from a program, not a page, and is allowed.
 */
final class OriginPolicy {

    private final Set<WebOrigin> allowed;

    OriginPolicy(List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream().map(WebOrigin::parseSetting).collect(Collectors.toUnmodifiableSet());
    }

    boolean allows(ServerHttpRequest request) {
        @Nullable String header = request.getHeaders().getOrigin();
        if (header == null) {
            return true;
        }
        Optional<WebOrigin> origin = WebOrigin.parse(header);
        if (origin.isEmpty()) {
            return false;
        }
        if (allowed.contains(origin.get())) {
            return true;
        }
        return WebOrigin.ofRequest(request.getURI())
                .map(own -> own.authority().equals(origin.get().authority()))
                .orElse(false);
    }
}
