package dev.mockinterview.api.security;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What a team-mode request must present, by path. Everything not listed as open needs a user's token, so a new
 * endpoint is protected without anyone remembering to add it here.
 */
final class AccessRules {

    /** What a request must present. */
    enum Access {
        /** Nothing: probes, the page's own files, the API description. */
        OPEN,
        /** The admin token. */
        ADMIN,
        /** A user's token. */
        USER
    }

    /**
     * Open in team mode. Health for probes; the page's static files (the page asks for the token itself); the
     * OpenAPI description and its UI, which describe an open-source API and hold no data (calls made from the UI
     * still need a token). {@code /actuator/prometheus} is not open: scrape it with a user's token.
     */
    private static final List<PathPattern> OPEN = patterns(
            "/actuator/health",
            "/actuator/health/**",
            "/",
            "/index.html",
            "/favicon.ico",
            "/app/**",
            "/webjars/**",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**");

    private static final List<PathPattern> ADMIN = patterns("/api/v1/users", "/api/v1/users/**");

    Access of(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        if (matches(ADMIN, path)) {
            return Access.ADMIN;
        }
        return matches(OPEN, path) ? Access.OPEN : Access.USER;
    }

    private static boolean matches(List<PathPattern> patterns, PathContainer path) {
        return patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private static List<PathPattern> patterns(String... patterns) {
        PathPatternParser parser = new PathPatternParser();
        return List.of(patterns).stream().map(parser::parse).toList();
    }
}
