package dev.mockinterview.api.session.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

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

    @Test
    void concurrentClaimersNeverGetTheSameAnswer() {
        List<String> questionIds = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            questionIds.add("q-" + i);
        }
        Started started = startSession(questionIds);
        List<Answer> stored = new ArrayList<>();
        for (int i = 0; i < questionIds.size(); i++) {
            ask(started.id(), i, questionIds.get(i), "rag");
            stored.add(answer(started.id(), questionIds.get(i), 1, AnswerKind.ANSWER, "answer " + i));
        }

        List<Answer> claimed = Flux.range(0, 4)
                .flatMap(claimer -> Flux.range(0, 10)
                        .concatMap(round -> answers.claimUngraded("claimer-" + claimer, 3, LEASE))
                        .subscribeOn(Schedulers.parallel()))
                .collectList()
                .block(WAIT);

        assertThat(claimed).doesNotHaveDuplicates();
        List<Answer> rest =
                answers.claimUngraded("sweeper", 100, LEASE).collectList().block(WAIT);
        assertThat(rest).doesNotContainAnyElementsOf(claimed);
        List<Answer> all = new ArrayList<>(claimed);
        all.addAll(rest);
        assertThat(all).containsExactlyInAnyOrderElementsOf(stored);
    }
}
