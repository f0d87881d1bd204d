package dev.mockinterview.grading.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds {@link HeaderKeepingHttpClient} with the grader's own connect and first-byte timeouts. The setters are
 * deliberately ignored: LangChain4j's model builders push their own defaults into the HTTP client builder (the OpenAI
 * one a 60 s read timeout, ignoring what the builder already holds), and the grader's timeouts must win.
 */
final class HeaderKeepingHttpClientBuilder implements HttpClientBuilder {

    private final Duration connectTimeout;
    private final Duration firstByteTimeout;
    private final Clock clock;

    HeaderKeepingHttpClientBuilder(Duration connectTimeout, Duration firstByteTimeout, Clock clock) {
        this.connectTimeout = connectTimeout;
        this.firstByteTimeout = firstByteTimeout;
        this.clock = clock;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HeaderKeepingHttpClientBuilder connectTimeout(Duration ignored) {
        return this;
    }

    @Override
    public Duration readTimeout() {
        return firstByteTimeout;
    }

    @Override
    public HeaderKeepingHttpClientBuilder readTimeout(Duration ignored) {
        return this;
    }

    @Override
    public HeaderKeepingHttpClient build() {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                // Plain-HTTP endpoints (Ollama, local gateways) do not all survive an h2c upgrade attempt.
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        return new HeaderKeepingHttpClient(http, firstByteTimeout, clock);
    }
}
