package dev.mockinterview.grading.llm;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * LangChain4j's HTTP client SPI over the JDK client, for the blocking calls the grader makes. Two things differ from
 * LangChain4j's {@code JdkHttpClient}: a non-2xx reply keeps its {@code Retry-After} (see {@link
 * ProviderHttpException}), and the read timeout is applied as the JDK request timeout, which ends when the response
 * headers arrive: that is our first-byte timeout. The whole grade is bounded separately by the deadline.
 */
final class HeaderKeepingHttpClient implements HttpClient {

    private final java.net.http.HttpClient http;
    private final Duration firstByte;
    private final Clock clock;

    HeaderKeepingHttpClient(java.net.http.HttpClient http, Duration firstByte, Clock clock) {
        this.http = http;
        this.firstByte = firstByte;
        this.clock = clock;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(firstByte)
                .method(
                        request.method().name(),
                        request.body() == null
                                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                : java.net.http.HttpRequest.BodyPublishers.ofString(
                                        request.body(), StandardCharsets.UTF_8));
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmCallException(LlmFailure.DEADLINE_EXCEEDED, null, null, e);
        } catch (InterruptedIOException e) {
            throw new LlmCallException(LlmFailure.DEADLINE_EXCEEDED, null, null, e);
        } catch (IOException e) {
            throw new LlmCallException(LlmFailure.CONNECTION_FAILED, null, null, e);
        }
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw new ProviderHttpException(
                    status,
                    RetryAfter.parse(response.headers().firstValue("Retry-After"), clock)
                            .orElse(null));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(status)
                .headers(response.headers().map())
                .body(response.body())
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        // The grader asks for one complete JSON verdict; it never streams.
        listener.onError(new UnsupportedOperationException("the grader's LLM client does not stream"));
    }
}
