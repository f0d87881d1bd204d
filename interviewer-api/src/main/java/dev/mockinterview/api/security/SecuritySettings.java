package dev.mockinterview.api.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code interview.security.*}.
 *
 * @param mode {@code local} (default) or {@code team}
 * @param adminToken in team mode, the token that may create users; absent means no one can
 * @param allowedOrigins origins a browser may open the WebSocket from; empty means the service's own origin only
 */
@ConfigurationProperties("interview.security")
public record SecuritySettings(
        @DefaultValue("local") SecurityMode mode, @Nullable String adminToken, List<String> allowedOrigins) {

    public SecuritySettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    @Override
    public String toString() {
        return "SecuritySettings[mode=" + mode + ", adminToken=" + (adminToken == null ? "none" : "<hidden>")
                + ", allowedOrigins=" + allowedOrigins + "]";
    }
}
