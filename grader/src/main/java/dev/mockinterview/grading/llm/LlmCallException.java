package dev.mockinterview.grading.llm;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One failed LLM call, with its code from {@link LlmFailure}. The message never carries the response body or any
 * header, so an echoed key cannot leak through it.
 */
public final class LlmCallException extends RuntimeException {

    private final LlmFailure failure;
    private final @Nullable Integer status;
    private final @Nullable Duration retryAfter;

    public LlmCallException(
            LlmFailure failure, @Nullable Integer status, @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(failure.tag() + (status == null ? "" : " (HTTP " + status + ")"), cause);
        this.failure = failure;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public LlmCallException(LlmFailure failure) {
        this(failure, null, null, null);
    }

    public LlmFailure failure() {
        return failure;
    }

    public Optional<Integer> status() {
        return Optional.ofNullable(status);
    }

    /** The server's {@code Retry-After}, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
