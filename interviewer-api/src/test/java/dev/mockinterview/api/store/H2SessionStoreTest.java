package dev.mockinterview.api.store;

import io.r2dbc.spi.ConnectionFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store on the embedded H2 file database, the default. */
class H2SessionStoreTest extends SessionStoreContract {

    @TempDir
    Path folder;

    @Override
    ConnectionFactory connect() {
        return H2Files.open(folder.resolve("interview"), 4);
    }
}
