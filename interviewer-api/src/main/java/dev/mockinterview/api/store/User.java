package dev.mockinterview.api.store;

import java.time.Instant;
import java.util.UUID;

public record User(UUID id, String name, Instant createdAt) {}
