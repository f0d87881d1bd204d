package dev.mockinterview.grading.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Builds {@link HeaderKeepingHttpClient}: connect timeout on the JDK client, read timeout as first-byte timeout. */
final class HeaderKeepingHttpClientBuilder implements HttpClientBuilder {

    private final Clock clock;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;

    HeaderKeepingHttpClientBuilder(Clock clock) {
        this.clock = clock;
    }

    @Override
    public @Nullable Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HeaderKeepingHttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public @Nullable Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HeaderKeepingHttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public HeaderKeepingHttpClient build() {
        Duration connect = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        Duration firstByte = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(connect)
                // Plain-HTTP endpoints (Ollama, local gateways) do not all survive an h2c upgrade attempt.
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        return new HeaderKeepingHttpClient(http, firstByte, clock);
    }
}
