package dev.mockinterview.grading.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A non-2xx reply that keeps what LangChain4j's own {@link HttpException} drops: the {@code Retry-After} header.
 * LangChain4j maps it by status to its own exception types and keeps it as their cause, so the classifier finds it.
 * The body is not kept: providers echo parts of keys in authentication errors.
 */
final class ProviderHttpException extends HttpException {

    private final @Nullable Duration retryAfter;

    ProviderHttpException(int statusCode, @Nullable Duration retryAfter) {
        super(statusCode, "HTTP " + statusCode);
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
