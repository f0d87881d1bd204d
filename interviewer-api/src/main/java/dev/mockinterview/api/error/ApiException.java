package dev.mockinterview.api.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the client caused or must know about, with its code and the typed facts a client may act on (they
 * become extension members of the problem detail, e.g. {@code limit}).
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> details;

    public ApiException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ApiException(ErrorCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(new LinkedHashMap<>(details));
    }

    public ApiException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.details = Map.of();
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
