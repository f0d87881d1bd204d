package dev.mockinterview.api.security;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Says at start-up how callers are known and warns about settings that expose more than the operator may think:
 * local mode listening beyond this machine serves anyone who can reach it as the local user, without a token.
 */
final class SecurityNotice implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecurityNotice.class);

    private final SecuritySettings settings;
    private final @Nullable String address;

    SecurityNotice(SecuritySettings settings, @Nullable String address) {
        this.settings = settings;
        this.address = address;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info(summary());
        warnings().forEach(log::warn);
    }

    String summary() {
        return settings.mode() == SecurityMode.LOCAL
                ? "Security: local mode, one local user without credentials, listening on " + shownAddress()
                : "Security: team mode, bearer tokens required on /api/** and /ws/**, listening on " + shownAddress()
                        + ", " + settings;
    }

    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (settings.mode() == SecurityMode.LOCAL && !LoopbackHosts.isLoopbackAddress(address)) {
            warnings.add("Local mode is listening on " + shownAddress() + ": anyone who can reach it acts as the"
                    + " local user without a token. Use interview.security.mode=team to share the service, or"
                    + " server.address=127.0.0.1 to keep it on this machine.");
        }
        if (settings.mode() == SecurityMode.TEAM && settings.adminToken() == null) {
            warnings.add("Team mode without interview.security.admin-token: no one can create users; only users"
                    + " that already exist can sign in.");
        }
        return warnings;
    }

    private String shownAddress() {
        return address == null ? "all interfaces" : address;
    }
}
