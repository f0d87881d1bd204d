package dev.mockinterview.api.store;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where interview state is kept when {@code spring.r2dbc.url} names no database, and how the store behaves.
 *
 * @param h2File the embedded H2 database file, without its {@code .mv.db} ending; relative to the working
 *     directory
 * @param h2Threads threads that run H2's blocking driver, off the event loop
 * @param gradingLease how long a claim on an ungraded answer lasts before another grader may take it; above the
 *     grading timeout, so a live grader never loses its answer to another
 */
@ConfigurationProperties("interview.storage")
public record StorageSettings(
        @DefaultValue("./data/interview") Path h2File,
        @DefaultValue("4") int h2Threads,
        @DefaultValue("2m") Duration gradingLease) {
    public StorageSettings {
        if (h2Threads < 1) {
            throw new IllegalArgumentException("interview.storage.h2-threads must be positive");
        }
        if (gradingLease.isNegative() || gradingLease.isZero()) {
            throw new IllegalArgumentException("interview.storage.grading-lease must be positive");
        }
    }
}
