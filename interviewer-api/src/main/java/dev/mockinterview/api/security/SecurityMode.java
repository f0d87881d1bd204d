package dev.mockinterview.api.security;

/** How callers are known. */
public enum SecurityMode {
    /** One local user, no credentials; the service binds to 127.0.0.1. */
    LOCAL,
    /** Users with bearer tokens created by an admin; for a shared service. */
    TEAM
}
