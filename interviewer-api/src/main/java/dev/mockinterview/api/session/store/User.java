package dev.mockinterview.api.session.store;

import java.time.Instant;
import java.util.UUID;

public record User(UUID id, String name, Instant createdAt) {}
