package dev.mockinterview.api.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Brings the schema up to date at start-up over R2DBC alone: the scripts {@code V<n>__<what>.sql} under a
 * classpath folder run in version order, each once, and {@code schema_version} remembers which ran. Flyway would
 * need JDBC drivers and a second URL beside the R2DBC one; our scripts are plain DDL, so this small runner is
 * enough. On PostgreSQL an advisory lock makes instances that start together migrate one after another.
 */
public final class SchemaMigrations {

    public static final String DEFAULT_LOCATION = "classpath*:db/migration/";

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    /** Arbitrary, fixed: the advisory lock every instance of this service takes while migrating. */
    private static final long LOCK_KEY = 0x6d6f636b696e7476L;

    private final Database database;
    private final List<Migration> migrations;

    public SchemaMigrations(Database database, String location) {
        this.database = database;
        this.migrations = load(location);
    }

    /** A script and the statements in it. */
    record Migration(int version, String description, List<String> statements) {}

    /** Applies what is missing and tells which versions it applied (none when the schema was current). */
    public Mono<List<Integer>> migrate() {
        return database.inTransaction(lock().then(createVersionTable())
                .then(appliedVersions())
                .flatMap(applied -> Flux.fromIterable(migrations)
                        .filter(m -> !applied.contains(m.version()))
                        .concatMap(m -> apply(m).thenReturn(m.version()))
                        .collectList()));
    }

    List<Migration> migrations() {
        return migrations;
    }

    private Mono<Void> lock() {
        if (database.dialect() != Database.Dialect.POSTGRESQL) {
            return Mono.empty();
        }
        return database.client()
                .sql("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")")
                .then();
    }

    private Mono<Void> createVersionTable() {
        return database.client()
                .sql("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                        + " description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)")
                .then();
    }

    private Mono<Set<Integer>> appliedVersions() {
        return database.client()
                .sql("SELECT version FROM schema_version")
                .map(row -> row.get("version", Integer.class))
                .all()
                .collect(HashSet::new, Set::add);
    }

    private Mono<Void> apply(Migration migration) {
        return Flux.fromIterable(migration.statements())
                .concatMap(statement -> database.client().sql(statement).then())
                .then(database.client()
                        .sql("INSERT INTO schema_version (version, description, applied_at)"
                                + " VALUES (:version, :description, :appliedAt)")
                        .bind("version", migration.version())
                        .bind("description", migration.description())
                        .bind("appliedAt", Timestamps.bind(Instant.now()))
                        .then());
    }

    private static List<Migration> load(String location) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location + "V*__*.sql");
            List<Migration> found = new ArrayList<>();
            Set<Integer> versions = new HashSet<>();
            for (Resource resource : resources) {
                String name = String.valueOf(resource.getFilename());
                Matcher matcher = NAME.matcher(name);
                if (!matcher.matches()) {
                    throw new IllegalStateException("migration name is not V<n>__<what>.sql: " + name);
                }
                int version = Integer.parseInt(matcher.group(1));
                if (!versions.add(version)) {
                    throw new IllegalStateException("two migrations with version " + version);
                }
                String script = resource.getContentAsString(StandardCharsets.UTF_8);
                found.add(new Migration(version, matcher.group(2), statements(script)));
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("no migrations under " + location);
            }
            found.sort(Comparator.comparingInt(Migration::version));
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations under " + location, e);
        }
    }

    /** Statements end with ';' at a line end; lines starting with '--' are comments. */
    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        script.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .forEach(line -> withoutComments.append(line).append('\n'));
        return Arrays.stream(withoutComments.toString().split(";\\s*\\n"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }
}
