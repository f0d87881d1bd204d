package dev.mockinterview.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT2M")
class OperationsEndpointsTest {

    @Autowired
    WebTestClient client;

    @Test
    void reportsHealthUp() {
        client.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetrics() {
        String body = client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body).contains("jvm_memory_used_bytes").contains("jvm_threads_live_threads");
    }

    @Test
    void servesTheOpenApiDocumentWithEveryEndpoint() {
        String body = client.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body)
                .contains("\"/api/v1/topics\"")
                .contains("\"/api/v1/questions\"")
                .contains("\"/api/v1/questions/{id}\"")
                .contains("\"/api/v1/grade\"");
    }

    @Test
    void servesTheSwaggerUi() {
        client.get()
                .uri("/swagger-ui.html")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectHeader()
                .value("Location", location -> assertThat(location).contains("swagger-ui"));
    }
}
