package dev.mockinterview.api.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A web origin ({@code scheme://host[:port]}) as browsers send it in {@code Origin}, with the scheme's default
 * port left out so {@code https://a.example} and {@code https://a.example:443} are the same origin.
 *
 * @param port the port, or -1 when it is the scheme's default
 */
record WebOrigin(String scheme, String host, int port) {

    /** An origin from the settings; anything else than {@code http(s)://host[:port]} stops the start-up. */
    static WebOrigin parseSetting(String value) {
        return parse(value)
                .orElseThrow(() -> new IllegalArgumentException("interview.security.allowed-origins: '" + value
                        + "' is not an origin like https://interview.example.org or http://localhost:5173"
                        + " (scheme, host and optional port; no path, no wildcard)"));
    }

    /** The origin a browser sent; empty for {@code null} (sandboxed pages, files) and for anything malformed. */
    static Optional<WebOrigin> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            boolean bare = uri.getRawUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
            if (!bare || uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return of(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The origin a request was addressed to, from its {@code Host} (or forwarded) header. */
    static Optional<WebOrigin> ofRequest(URI requestUri) {
        if (requestUri.getScheme() == null || requestUri.getHost() == null) {
            return Optional.empty();
        }
        return of(requestUri.getScheme(), requestUri.getHost(), requestUri.getPort());
    }

    private static Optional<WebOrigin> of(String scheme, String host, int port) {
        String normalScheme = scheme.toLowerCase(Locale.ROOT);
        int defaultPort = switch (normalScheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> 0;
        };
        if (defaultPort == 0) {
            return Optional.empty();
        }
        return Optional.of(new WebOrigin(normalScheme, host.toLowerCase(Locale.ROOT), port == defaultPort ? -1 : port));
    }

    /**
     * Host and port as the browser addressed them. A TLS proxy in front turns {@code https://a.example} into
     * {@code http://a.example} with the same {@code Host}, so the own-origin check compares this, not the scheme.
     */
    String authority() {
        return port == -1 ? host : host + ":" + port;
    }

    @Override
    public String toString() {
        return scheme + "://" + authority();
    }
}
