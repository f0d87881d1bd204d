package dev.mockinterview.api.store;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Instants as both databases store them: UTC, to the microsecond, so what is read equals what was written. */
final class Timestamps {

    private Timestamps() {}

    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime bind(Instant instant) {
        return OffsetDateTime.ofInstant(stored(instant), ZoneOffset.UTC);
    }

    static Instant read(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value.toInstant();
    }

    static @Nullable Instant readNullable(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
