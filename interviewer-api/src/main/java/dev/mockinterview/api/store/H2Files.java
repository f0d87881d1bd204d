package dev.mockinterview.api.store;

import io.r2dbc.h2.H2ConnectionConfiguration;
import io.r2dbc.h2.H2ConnectionFactory;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the embedded H2 file database the way the store needs it. */
public final class H2Files {

    private H2Files() {}

    /**
     * A pool over the H2 file at {@code file} (without {@code .mv.db}). The write delay is off, so a commit is
     * written to the file before it returns; the database closes, and is complete on disk, when the pool is
     * disposed.
     */
    public static ConnectionPool open(Path file, int maxConnections) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + absolute, e);
        }
        H2ConnectionFactory h2 = new H2ConnectionFactory(H2ConnectionConfiguration.builder()
                .file(absolute.toString())
                // Named, so that H2's own tools (backup, shell) can open the file with "-user sa".
                .username("sa")
                .property("WRITE_DELAY", "0")
                .build());
        return new ConnectionPool(ConnectionPoolConfiguration.builder(h2)
                .initialSize(1)
                .maxSize(maxConnections)
                .build());
    }
}
