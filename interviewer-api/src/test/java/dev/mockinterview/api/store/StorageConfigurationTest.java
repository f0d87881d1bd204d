package dev.mockinterview.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Which database the service stores into: the H2 file by default, PostgreSQL when a URL names it. */
class StorageConfigurationTest {

    private static EmbeddedPostgres server;

    @TempDir
    Path folder;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class))
            .withUserConfiguration(Settings.class, StorageConfiguration.class)
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StorageSettings.class)
    static class Settings {}

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Test
    void withoutAUrlTheStoreIsAMigratedH2FileAtTheConfiguredPath() {
        Path file = folder.resolve("nested/interview");
        runner.withPropertyValues("interview.storage.h2-file=" + file).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(ConnectionPool.class);
            Database database = context.getBean(Database.class);
            assertThat(database.dialect()).isEqualTo(Database.Dialect.H2);
            assertThat(context.getBean(UserRepository.class).create("first").block())
                    .isNotNull();
            assertThat(file.resolveSibling("interview.mv.db")).exists();
        });
    }

    @Test
    void aPostgresUrlStoresIntoPostgres() {
        runner.withPropertyValues(
                        "spring.r2dbc.url=r2dbc:postgresql://localhost:" + server.getPort() + "/postgres",
                        "spring.r2dbc.username=postgres",
                        "interview.storage.h2-file=" + folder.resolve("unused"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Database.class).dialect()).isEqualTo(Database.Dialect.POSTGRESQL);
                    assertThat(context.getBean(UserRepository.class)
                                    .create("first")
                                    .block())
                            .isNotNull();
                    assertThat(folder.resolve("unused.mv.db")).doesNotExist();
                });
    }
}
