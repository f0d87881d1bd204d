package dev.mockinterview.api.security;

import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/users} body. */
record NewUserBody(@Nullable String name) {}
