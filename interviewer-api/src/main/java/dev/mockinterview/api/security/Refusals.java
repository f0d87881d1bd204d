package dev.mockinterview.api.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a refused request: a problem detail with its code (written here because a filter runs before the
 * controller advice can), a log line, and a count by reason. Nothing the client sent is repeated but the path,
 * and for a refused origin the origin, so a token can never end up in a reply or a log.
 */
final class Refusals {

    static final String METRIC = "interview.security.refused";

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);
    private static final ResolvableType PROBLEM = ResolvableType.forClass(ProblemDetail.class);
    private static final String REALM = "Bearer realm=\"mock-interview\"";
    private static final int MAX_LOGGED_ORIGIN = 120;

    private final HttpMessageWriter<ProblemDetail> writer;
    private final Map<Refusal, Counter> counters = new EnumMap<>(Refusal.class);

    Refusals(ServerCodecConfigurer codecs, MeterRegistry registry) {
        this.writer = problemWriter(codecs);
        for (Refusal refusal : Refusal.values()) {
            counters.put(
                    refusal,
                    Counter.builder(METRIC)
                            .description("Requests and WebSocket handshakes refused before reaching a handler")
                            .tag("reason", refusal.reason())
                            .register(registry));
        }
    }

    @SuppressWarnings("unchecked")
    private static HttpMessageWriter<ProblemDetail> problemWriter(ServerCodecConfigurer codecs) {
        return codecs.getWriters().stream()
                .filter(writer -> writer.canWrite(PROBLEM, MediaType.APPLICATION_PROBLEM_JSON))
                .map(writer -> (HttpMessageWriter<ProblemDetail>) writer)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JSON writer for problem details"));
    }

    Mono<Void> refuse(ServerWebExchange exchange, Refusal refusal) {
        ServerHttpRequest request = exchange.getRequest();
        counters.get(refusal).increment();
        log.info(
                "Refused {} {} from {}: {}{}",
                request.getMethod(),
                request.getPath().value(),
                remote(request),
                refusal.reason(),
                refusal == Refusal.ORIGIN_NOT_ALLOWED ? " (Origin " + loggedOrigin(request) + ")" : "");

        HttpStatus status = refusal.code().status();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.detail());
        problem.setTitle(refusal.code().title());
        problem.setInstance(instance(request));
        problem.setProperty("code", refusal.code().name());

        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setCacheControl("no-store");
        if (status == HttpStatus.UNAUTHORIZED) {
            headers.set(
                    HttpHeaders.WWW_AUTHENTICATE,
                    refusal == Refusal.MISSING_TOKEN ? REALM : REALM + ", error=\"invalid_token\"");
        }
        return writer.write(Mono.just(problem), PROBLEM, MediaType.APPLICATION_PROBLEM_JSON, response, Map.of());
    }

    private static String remote(ServerHttpRequest request) {
        @Nullable InetSocketAddress address = request.getRemoteAddress();
        return address == null || address.getAddress() == null
                ? "unknown"
                : address.getAddress().getHostAddress();
    }

    private static String loggedOrigin(ServerHttpRequest request) {
        @Nullable String origin = request.getHeaders().getOrigin();
        if (origin == null) {
            return "none";
        }
        return origin.length() > MAX_LOGGED_ORIGIN ? origin.substring(0, MAX_LOGGED_ORIGIN) + "..." : origin;
    }

    private static @Nullable URI instance(ServerHttpRequest request) {
        try {
            return URI.create(request.getPath().value());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
