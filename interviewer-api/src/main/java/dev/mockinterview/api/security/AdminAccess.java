package dev.mockinterview.api.security;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import org.springframework.web.server.ServerWebExchange;

/** The mark the caller filter leaves on an exchange that presented the admin token. */
final class AdminAccess {

    static final String ATTRIBUTE = AdminAccess.class.getName();
    static final Object GRANTED = Boolean.TRUE;

    private AdminAccess() {}

    /** Fails unless the caller filter let this exchange through as the admin: a second lock on user creation. */
    static void require(ServerWebExchange exchange) {
        if (!GRANTED.equals(exchange.getAttribute(ATTRIBUTE))) {
            throw new ApiException(ErrorCode.ADMIN_TOKEN_REQUIRED, "Only the admin token may create users.");
        }
    }
}
