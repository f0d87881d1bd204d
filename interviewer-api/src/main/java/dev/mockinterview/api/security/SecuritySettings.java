package dev.mockinterview.api.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code interview.security.*}.
 *
 * @param mode {@code local} (default) or {@code team}
 * @param adminToken in team mode, the token that may create users; absent (or blank) means no one can
 * @param allowedOrigins origins a browser may open the WebSocket from, besides the service's own origin
 */
@ConfigurationProperties("interview.security")
public record SecuritySettings(
        @DefaultValue("local") SecurityMode mode, @Nullable String adminToken, List<String> allowedOrigins) {

    /** Shorter admin tokens are refused at start-up: the admin token guards who may join. */
    public static final int MIN_ADMIN_TOKEN_LENGTH = 16;

    public SecuritySettings {
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken.strip();
        if (adminToken != null && adminToken.length() < MIN_ADMIN_TOKEN_LENGTH) {
            // The message never repeats the token, only its length.
            throw new IllegalArgumentException("interview.security.admin-token has " + adminToken.length()
                    + " characters; use at least " + MIN_ADMIN_TOKEN_LENGTH
                    + " random ones (e.g. openssl rand -base64 32)");
        }
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        allowedOrigins.forEach(WebOrigin::parseSetting);
    }

    @Override
    public String toString() {
        return "SecuritySettings[mode=" + mode + ", adminToken=" + (adminToken == null ? "none" : "<hidden>")
                + ", allowedOrigins=" + allowedOrigins + "]";
    }
}
