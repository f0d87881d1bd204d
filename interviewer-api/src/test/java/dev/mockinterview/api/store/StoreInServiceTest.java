package dev.mockinterview.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The running service has a migrated store, and its health probe covers the database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT2M")
class StoreInServiceTest {

    @Autowired
    WebTestClient client;

    @Autowired
    UserRepository users;

    @Autowired
    SessionRepository sessions;

    @Test
    void theServiceStoresSessionsInItsDatabase() {
        User user = users.create("service user").block(Duration.ofSeconds(30)).user();
        StartedSession started = sessions.create(
                        new SessionPlan(user.id(), Mode.PRACTICE, "embedding", null, List.of("q-1")))
                .block(Duration.ofSeconds(30));

        assertThat(sessions.listForUser(user.id()).collectList().block(Duration.ofSeconds(30)))
                .containsExactly(started.session());
    }

    @Autowired
    ReactiveHealthContributorRegistry health;

    @Test
    void healthCoversTheDatabase() {
        assertThat(health.getContributor("r2dbc")).isNotNull();
        client.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }
}
