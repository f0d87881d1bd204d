package dev.mockinterview.api.store;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** People who hold sessions, each known by a bearer token of which only the hash is stored. */
public final class UserRepository {

    private final Database database;
    private final Clock clock;
    private final SecretTokens tokens = new SecretTokens();

    public UserRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Mono<NewUser> create(String name) {
        String token = tokens.generate();
        User user = new User(UUID.randomUUID(), name, Timestamps.stored(clock.instant()));
        return insert(user, token).thenReturn(new NewUser(user, token));
    }

    /**
     * The user this bearer token belongs to, or empty. The lookup is by hash, so the database never compares the
     * secret itself.
     */
    public Mono<User> findByToken(String token) {
        return database.run(database.client()
                .sql("SELECT id, name, created_at FROM users WHERE token_hash = :hash")
                .bind("hash", SecretTokens.hash(token))
                .map(UserRepository::user)
                .one());
    }

    /**
     * Makes sure a user with this id exists, creating it with an unusable token when absent: the local user of
     * local mode has no token, since it never authenticates. Safe when several instances start at once.
     */
    public Mono<User> ensure(UUID id, String name) {
        User wanted = new User(id, name, Timestamps.stored(clock.instant()));
        Mono<User> insert = insert(wanted, tokens.generate())
                .thenReturn(wanted)
                .onErrorResume(Constraints::isUniqueViolation, e -> find(id));
        return find(id).switchIfEmpty(insert);
    }

    public Mono<User> find(UUID id) {
        return database.run(database.client()
                .sql("SELECT id, name, created_at FROM users WHERE id = :id")
                .bind("id", id)
                .map(UserRepository::user)
                .one());
    }

    private Mono<Void> insert(User user, String token) {
        return database.inTransaction(database.client()
                .sql("INSERT INTO users (id, name, token_hash, created_at) VALUES (:id, :name, :hash, :created)")
                .bind("id", user.id())
                .bind("name", user.name())
                .bind("hash", SecretTokens.hash(token))
                .bind("created", Timestamps.bind(user.createdAt()))
                .then());
    }

    private static User user(Readable row) {
        return new User(row.get("id", UUID.class), row.get("name", String.class), Timestamps.read(row, "created_at"));
    }
}
