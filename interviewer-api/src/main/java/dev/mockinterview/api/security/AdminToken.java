package dev.mockinterview.api.security;

import dev.mockinterview.api.store.SecretTokens;
import org.jspecify.annotations.Nullable;

/**
 * The configured admin token. Only its hash stays in memory, and a presented token is hashed before the
 * comparison, so the comparison takes the same time whatever was presented, its length included.
 */
final class AdminToken {

    private final @Nullable String hash;

    AdminToken(@Nullable String configured) {
        this.hash = configured == null ? null : SecretTokens.hash(configured);
    }

    boolean isConfigured() {
        return hash != null;
    }

    boolean matches(String presented) {
        String expected = hash;
        return expected != null && SecretTokens.matches(presented, expected);
    }

    @Override
    public String toString() {
        return "AdminToken[" + (isConfigured() ? "<hidden>" : "none") + "]";
    }
}
