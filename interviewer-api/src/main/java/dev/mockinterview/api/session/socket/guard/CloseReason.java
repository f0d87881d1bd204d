package dev.mockinterview.api.session.socket.guard;

import org.springframework.web.reactive.socket.CloseStatus;

/** Why a connection ended, as counted by {@code interview.socket.closed{reason}}. */
enum CloseReason {
    /** More messages than the window allows: 1008. */
    RATE(CloseStatus.POLICY_VIOLATION),
    /** A frame or joined message over the size limit: 1009. */
    SIZE(CloseStatus.TOO_BIG_TO_PROCESS),
    /** Nothing arrived for the idle timeout: 1001, the server going away from a silent peer. */
    IDLE(CloseStatus.GOING_AWAY),
    /** Anything the guard did not cause: the client left, the handler finished or closed the connection itself. */
    NORMAL(CloseStatus.NORMAL);

    private final CloseStatus status;

    CloseReason(CloseStatus status) {
        this.status = status;
    }

    CloseStatus status() {
        return status;
    }

    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
