package dev.mockinterview.api.store;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.util.Locale;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The connection to the store and how to use it. H2's R2DBC driver runs JDBC underneath and blocks the thread
 * that subscribes, so H2 work is moved to a small dedicated scheduler, off the event loop; PostgreSQL's driver
 * is non-blocking and runs where it is subscribed.
 */
public final class Database implements AutoCloseable {

    /** The products whose SQL differs where it matters to us. */
    public enum Dialect {
        H2,
        POSTGRESQL
    }

    private final DatabaseClient client;
    private final TransactionalOperator transactions;
    private final Dialect dialect;
    private final Scheduler scheduler;

    private Database(ConnectionFactory connectionFactory, Dialect dialect, Scheduler scheduler) {
        this.client = DatabaseClient.create(connectionFactory);
        this.transactions = TransactionalOperator.create(new R2dbcTransactionManager(connectionFactory));
        this.dialect = dialect;
        this.scheduler = scheduler;
    }

    /**
     * Opens one connection to learn the product, then gives the database.
     *
     * @param blockingThreads threads for a blocking driver (H2); unused for PostgreSQL
     */
    public static Mono<Database> open(ConnectionFactory connectionFactory, int blockingThreads) {
        return Mono.usingWhen(
                        Mono.from(connectionFactory.create()),
                        connection -> Mono.just(dialectOf(connection)),
                        Connection::close)
                .subscribeOn(Schedulers.boundedElastic())
                .map(dialect -> new Database(
                        connectionFactory,
                        dialect,
                        dialect == Dialect.H2
                                ? Schedulers.newBoundedElastic(blockingThreads, 10_000, "interview-h2")
                                : Schedulers.immediate()));
    }

    private static Dialect dialectOf(Connection connection) {
        String product = connection.getMetadata().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return Dialect.POSTGRESQL;
        }
        if (product.contains("h2")) {
            return Dialect.H2;
        }
        throw new IllegalStateException("unsupported database: " + product);
    }

    public Dialect dialect() {
        return dialect;
    }

    DatabaseClient client() {
        return client;
    }

    /** Runs the work in one transaction, on the right threads: it has committed when the result arrives. */
    <T> Mono<T> inTransaction(Mono<T> work) {
        return transactions.transactional(work).subscribeOn(scheduler);
    }

    <T> Mono<T> run(Mono<T> work) {
        return work.subscribeOn(scheduler);
    }

    <T> Flux<T> run(Flux<T> work) {
        return work.subscribeOn(scheduler);
    }

    @Override
    public void close() {
        scheduler.dispose();
    }
}
