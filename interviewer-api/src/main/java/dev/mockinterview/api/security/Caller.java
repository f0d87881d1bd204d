package dev.mockinterview.api.security;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.server.ServerWebExchange;

/**
 * The user a request or a WebSocket connection acts for. The caller filter resolves it once per exchange and puts
 * it under {@link #ATTRIBUTE}; features read it from there and never look at credentials themselves.
 */
public record Caller(UUID userId, String name) {

    /** The exchange (and WebSocket session) attribute that holds the caller. */
    public static final String ATTRIBUTE = Caller.class.getName();

    public static Caller of(ServerWebExchange exchange) {
        return from(exchange.getAttributes());
    }

    /** The caller among a WebSocket session's or an exchange's attributes. */
    public static Caller from(Map<String, Object> attributes) {
        @Nullable Object caller = attributes.get(ATTRIBUTE);
        if (caller instanceof Caller known) {
            return known;
        }
        throw new ApiException(ErrorCode.UNAUTHENTICATED, "This request carries no valid bearer token.");
    }
}
