package dev.mockinterview.api.store;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store's beans. The schema is brought up to date while the application starts, before anything can read
 * or write, so a fresh clone starts on an empty H2 file and an upgraded one on its old data.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Duration MIGRATION_TIMEOUT = Duration.ofMinutes(2);

    @Bean(destroyMethod = "dispose")
    @Conditional(NoR2dbcUrl.class)
    ConnectionPool embeddedH2(StorageSettings settings) {
        return H2Files.open(settings.h2File(), settings.h2Threads());
    }

    @Bean(destroyMethod = "close")
    Database interviewDatabase(ConnectionFactory connectionFactory, StorageSettings settings) {
        Database database =
                Database.open(connectionFactory, settings.h2Threads()).block(MIGRATION_TIMEOUT);
        if (database == null) {
            throw new IllegalStateException("the database gave no connection");
        }
        new SchemaMigrations(database, SchemaMigrations.DEFAULT_LOCATION)
                .migrate()
                .block(MIGRATION_TIMEOUT);
        return database;
    }

    @Bean
    UserRepository userRepository(Database database) {
        return new UserRepository(database, Clock.systemUTC());
    }

    @Bean
    SessionRepository sessionRepository(Database database) {
        return new SessionRepository(database, Clock.systemUTC());
    }

    @Bean
    AnswerRepository answerRepository(Database database, JsonMapper json) {
        return new AnswerRepository(database, Clock.systemUTC(), json);
    }

    @Bean
    QuestionTurns questionTurns(Database database) {
        return new QuestionTurns(database);
    }

    @Bean
    TranscriptQueries transcriptQueries(Database database, SessionRepository sessions, AnswerRepository answers) {
        return new TranscriptQueries(database, sessions, answers);
    }
}
