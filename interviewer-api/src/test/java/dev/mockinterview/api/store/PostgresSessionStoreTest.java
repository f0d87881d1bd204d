package dev.mockinterview.api.store;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store on a real PostgreSQL server that this class starts (the binaries come from Maven Central), with a
 * fresh database for every test.
 */
class PostgresSessionStoreTest extends SessionStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private String databaseName;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @BeforeEach
    @Override
    void open() {
        databaseName = "interview_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + databaseName);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        super.open();
    }

    @Override
    ConnectionFactory connect() {
        return ConnectionFactories.get("r2dbc:pool:postgresql://postgres@localhost:" + server.getPort() + "/"
                + databaseName + "?maxSize=8&initialSize=1");
    }
}
