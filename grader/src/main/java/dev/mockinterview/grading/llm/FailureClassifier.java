package dev.mockinterview.grading.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CancellationException;

/**
 * Maps whatever a LangChain4j chat call threw to our closed vocabulary. It looks at exception types along the cause
 * chain (LangChain4j wraps the HTTP failure in its own types), never at messages or stack traces.
 */
final class FailureClassifier {

    private static final int MAX_DEPTH = 8;

    private FailureClassifier() {}

    static LlmCallException classify(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++, current = current.getCause()) {
            if (current instanceof LlmCallException known) {
                return known;
            }
            if (current instanceof ProviderHttpException http) {
                return new LlmCallException(
                        LlmFailure.ofStatus(http.statusCode()),
                        http.statusCode(),
                        http.retryAfter().orElse(null),
                        thrown);
            }
            if (current instanceof HttpException http) {
                return new LlmCallException(LlmFailure.ofStatus(http.statusCode()), http.statusCode(), null, thrown);
            }
            if (current instanceof TimeoutException || current instanceof HttpTimeoutException) {
                return new LlmCallException(LlmFailure.FIRST_BYTE_TIMEOUT, null, null, thrown);
            }
            if (current instanceof CancellationException || current instanceof InterruptedException) {
                return new LlmCallException(LlmFailure.DEADLINE_EXCEEDED, null, null, thrown);
            }
            if (current instanceof IOException) {
                return new LlmCallException(LlmFailure.CONNECTION_FAILED, null, null, thrown);
            }
        }
        // Anything else came from reading the provider's reply (a body that is not its JSON shape).
        return new LlmCallException(LlmFailure.PROTOCOL_ERROR, null, null, thrown);
    }
}
