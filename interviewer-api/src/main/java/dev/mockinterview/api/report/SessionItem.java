package dev.mockinterview.api.report;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the session list.
 *
 * @param score 0 to 10 with one decimal; null while grades are pending or before any question is settled
 */
public record SessionItem(
        UUID id,
        String mode,
        String status,
        Instant createdAt,
        Instant updatedAt,
        int total,
        int answered,
        @Nullable Double score) {}
