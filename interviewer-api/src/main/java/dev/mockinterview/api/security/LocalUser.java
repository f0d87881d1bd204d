package dev.mockinterview.api.security;

import java.util.UUID;

/** The one user of local mode: a fixed id, so a restart finds the same history. */
final class LocalUser {

    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final String NAME = "local";

    private LocalUser() {}
}
