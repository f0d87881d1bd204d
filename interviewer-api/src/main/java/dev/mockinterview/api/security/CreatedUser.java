package dev.mockinterview.api.security;

import java.util.UUID;

/** A user just created, with the only copy of their bearer token the service will ever give out. */
record CreatedUser(UUID id, String name, String token) {

    @Override
    public String toString() {
        return "CreatedUser[id=" + id + ", name=" + name + ", token=<hidden>]";
    }
}
