package dev.mockinterview.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * The configured admin token. Both sides are hashed before the comparison so it takes the same time whatever was
 * presented, its length included, and only the hash stays in memory.
 */
final class AdminToken {

    private final byte @Nullable [] digest;

    AdminToken(@Nullable String configured) {
        this.digest = configured == null ? null : sha256(configured);
    }

    boolean isConfigured() {
        return digest != null;
    }

    boolean matches(String presented) {
        byte[] expected = digest;
        return expected != null && MessageDigest.isEqual(sha256(presented), expected);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "AdminToken[" + (isConfigured() ? "<hidden>" : "none") + "]";
    }
}
