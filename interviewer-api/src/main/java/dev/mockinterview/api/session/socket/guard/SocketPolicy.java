package dev.mockinterview.api.session.socket.guard;

import dev.mockinterview.api.error.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.reactive.socket.CloseStatus;
import tools.jackson.databind.json.JsonMapper;

/** The limits with what a client is told when it breaks one: close statuses with reasons, the rate error frame. */
final class SocketPolicy {

    private final SocketLimits limits;
    private final String rateLimitedError;

    SocketPolicy(SocketLimits limits, JsonMapper json) {
        this.limits = limits;
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "error");
        error.put("code", ErrorCode.RATE_LIMITED.name());
        error.put(
                "message",
                "More than " + limits.maxMessages() + " messages in "
                        + limits.rateWindow().toSeconds() + " s; the connection is closed.");
        error.put("limit", limits.maxMessages());
        this.rateLimitedError = json.writeValueAsString(error);
    }

    SocketLimits limits() {
        return limits;
    }

    /** The {@code error {code: RATE_LIMITED}} frame sent before closing with 1008. */
    String rateLimitedError() {
        return rateLimitedError;
    }

    CloseStatus closeStatus(CloseReason reason) {
        return switch (reason) {
            case RATE ->
                reason.status()
                        .withReason("more than " + limits.maxMessages() + " messages in "
                                + limits.rateWindow().toSeconds() + " s");
            case SIZE -> reason.status().withReason("frame over " + limits.maxFrameBytes() + " bytes");
            case IDLE ->
                reason.status().withReason("idle for " + limits.idleTimeout().toSeconds() + " s");
            case NORMAL -> reason.status();
        };
    }
}
