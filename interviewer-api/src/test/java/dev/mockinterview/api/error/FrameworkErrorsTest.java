package dev.mockinterview.api.error;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Errors raised by the framework, before or around our handlers, still come as problem details with a code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT2M")
class FrameworkErrorsTest {

    @Autowired
    WebTestClient client;

    @Test
    void reportsUnknownRouteAsNotFoundProblem() {
        expect(client.get().uri("/api/v1/nothing-here").exchange(), 404, "NOT_FOUND");
    }

    @Test
    void reportsWrongMethodAsMethodNotAllowedProblem() {
        expect(client.method(HttpMethod.DELETE).uri("/api/v1/topics").exchange(), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void reportsMalformedJsonAsInvalidRequest() {
        expect(
                client.post()
                        .uri("/api/v1/grade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"answer\": \"unterminated")
                        .exchange(),
                400,
                "INVALID_REQUEST");
    }

    @Test
    void reportsMissingBodyAsInvalidRequest() {
        expect(
                client.post()
                        .uri("/api/v1/grade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .exchange(),
                400,
                "INVALID_REQUEST");
    }

    @Test
    void reportsWrongContentTypeAsUnsupportedMedia() {
        expect(
                client.post()
                        .uri("/api/v1/grade")
                        .contentType(MediaType.TEXT_PLAIN)
                        .bodyValue("what is LoRA")
                        .exchange(),
                415,
                "UNSUPPORTED_MEDIA");
    }

    @Test
    void reportsOversizedBodyAsPayloadTooLarge() {
        String answer = "很长的回答".repeat(100_000);

        expect(
                client.post()
                        .uri("/api/v1/grade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"question\":\"q\",\"referenceAnswer\":\"r\",\"answer\":\"" + answer + "\"}")
                        .exchange(),
                413,
                "PAYLOAD_TOO_LARGE");
    }

    private static void expect(WebTestClient.ResponseSpec response, int status, String code) {
        response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(status)
                .jsonPath("$.code")
                .isEqualTo(code)
                .jsonPath("$.title")
                .isNotEmpty();
    }
}
