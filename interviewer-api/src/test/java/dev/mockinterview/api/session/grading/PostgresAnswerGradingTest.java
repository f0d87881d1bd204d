package dev.mockinterview.api.session.grading;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Durable grading on a real PostgreSQL server that this class starts, as several instances would share it: the
 * claims that keep two instances from grading one answer are PostgreSQL's row locks here, not H2's.
 */
@DirtiesContext
class PostgresAnswerGradingTest extends AnswerGradingContract {

    private static final EmbeddedPostgres server = start();

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.r2dbc.url",
                () -> "r2dbc:pool:postgresql://postgres@localhost:" + server.getPort()
                        + "/postgres?maxSize=8&initialSize=1");
    }

    /** The context goes right after (dirtied), and its worker is off, so nothing uses the server any more. */
    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }
}
