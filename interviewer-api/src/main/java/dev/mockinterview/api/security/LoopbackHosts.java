package dev.mockinterview.api.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Local mode on 127.0.0.1 trusts whoever reaches it, which DNS rebinding abuses: a page on {@code evil.example}
 * re-points its name to 127.0.0.1 and then reads the local user's sessions as its own origin. The {@code Host}
 * header still says {@code evil.example}, so requests addressed to anything but a loopback name are refused.
 */
final class LoopbackHosts {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private LoopbackHosts() {}

    /** Whether the request was addressed to this machine by a name only this machine can mean. */
    static boolean addressedToLoopback(ServerHttpRequest request) {
        @Nullable String host = request.getURI().getHost();
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        return isLiteral(name) && isLoopbackAddress(name);
    }

    /** Whether a configured listen address is on this machine only; a name is resolved, as the server will. */
    static boolean isLoopbackAddress(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** An IP literal, which {@link InetAddress#getByName} parses without asking DNS. */
    private static boolean isLiteral(String host) {
        return IPV4_LITERAL.matcher(host).matches() || (host.startsWith("[") && host.endsWith("]"));
    }
}
