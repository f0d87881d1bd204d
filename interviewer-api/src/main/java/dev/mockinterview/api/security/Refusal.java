package dev.mockinterview.api.security;

import dev.mockinterview.api.error.ErrorCode;
import java.util.Locale;

/**
 * Why a request was turned away before any handler saw it. The name, lower-cased, is the {@code reason} tag of
 * the {@code interview.security.refused} counter; the detail is what the client reads and never quotes the request.
 */
enum Refusal {
    MISSING_TOKEN(
            ErrorCode.UNAUTHENTICATED,
            "This request needs a bearer token: Authorization: Bearer <token> (on the WebSocket handshake also"
                    + " Sec-WebSocket-Protocol: bearer, <token>)."),
    UNKNOWN_TOKEN(ErrorCode.UNAUTHENTICATED, "The bearer token belongs to no user."),
    ADMIN_TOKEN_NOT_A_USER(
            ErrorCode.UNAUTHENTICATED, "The admin token only creates users; use a user's token for everything else."),
    ADMIN_TOKEN_REQUIRED(ErrorCode.ADMIN_TOKEN_REQUIRED, "Only the admin token may create users."),
    NO_ADMIN_TOKEN_CONFIGURED(
            ErrorCode.ADMIN_TOKEN_REQUIRED,
            "No admin token is configured (interview.security.admin-token), so no one can create users."),
    HOST_NOT_ALLOWED(
            ErrorCode.HOST_NOT_ALLOWED,
            "Local mode answers only requests addressed to this machine (localhost, 127.0.0.1 or [::1])."),
    ORIGIN_NOT_ALLOWED(
            ErrorCode.ORIGIN_NOT_ALLOWED,
            "Pages from this origin may not open the interview WebSocket (see interview.security.allowed-origins).");

    private final ErrorCode code;
    private final String detail;

    Refusal(ErrorCode code, String detail) {
        this.code = code;
        this.detail = detail;
    }

    ErrorCode code() {
        return code;
    }

    String detail() {
        return detail;
    }

    String reason() {
        return name().toLowerCase(Locale.ROOT);
    }
}
