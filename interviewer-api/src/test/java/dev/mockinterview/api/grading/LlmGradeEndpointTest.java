package dev.mockinterview.api.grading;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/grade} with an LLM configured, played by WireMock in the OpenAI chat-completions shape. Each
 * answer is distinct per test, because the LLM grader caches grades by answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT2M")
class LlmGradeEndpointTest {

    private static final String KEY = "sk-wiremock-secret-4711";
    private static final String QUESTION = "什么是 LoRA？";
    private static final String REFERENCE = "LoRA 冻结预训练权重，在旁边加入低秩矩阵 A 和 B，只训练它们；推理时可合并回原权重。";
    private static final List<String> KEY_POINTS = List.of("LoRA 冻结预训练模型的原始权重", "只训练旁路的两个低秩矩阵", "推理时可把低秩更新合并回原权重");

    static final WireMockServer llm = new WireMockServer(options().dynamicPort());

    static {
        llm.start();
    }

    @DynamicPropertySource
    static void llmEndpoint(DynamicPropertyRegistry registry) {
        registry.add("interview.grader.llm.base-url", () -> llm.baseUrl() + "/v1");
        registry.add("interview.grader.llm.model", () -> "grader-model");
        registry.add("interview.grader.llm.api-key", () -> KEY);
        registry.add("interview.grader.llm.retry.initial-backoff", () -> "10ms");
        registry.add("interview.grader.llm.retry.max-backoff", () -> "20ms");
    }

    @AfterAll
    static void stopLlm() {
        llm.stop();
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void resetLlm() {
        llm.resetAll();
    }

    @Test
    void gradesWithTheLlmVerdictsAndSendsTheRubricAndTheFencedAnswer() {
        String answer = "LoRA 的做法是把原来的权重冻结住，只训练旁边两个小的低秩矩阵，部署时合并回去就行。";
        replyWith(verdict(
                List.of(
                        point(1, "covered", "把原来的权重冻结住"),
                        point(2, "covered", "只训练旁边两个小的低秩矩阵"),
                        point(3, "covered", "部署时合并回去就行")),
                false));

        String body = grade(answer, "llm");

        assertThat((String) JsonPath.read(body, "$.grader")).isEqualTo("llm");
        assertThat((Boolean) JsonPath.read(body, "$.degraded")).isFalse();
        assertThat((List<String>) JsonPath.read(body, "$.keyPoints[*].status"))
                .containsExactly("covered", "covered", "covered");
        assertThat((List<String>) JsonPath.read(body, "$.keyPoints[*].evidence"))
                .containsExactly("把原来的权重冻结住", "只训练旁边两个小的低秩矩阵", "部署时合并回去就行");
        assertThat(((Number) JsonPath.read(body, "$.score")).doubleValue()).isGreaterThanOrEqualTo(9.0);

        List<LoggedRequest> sent = llm.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
        assertThat(sent).hasSize(1);
        String request = sent.get(0).getBodyAsString();
        assertThat(request).contains(KEY_POINTS.get(0)).contains(answer).contains("response_format");
        assertThat(sent.get(0).getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    }

    @Test
    void autoCrossChecksTheLlmWithTheEmbeddedGrader() {
        String answer = "LoRA 冻结了预训练模型的权重，训练的只是两个低秩矩阵，推理前可以合并到原来的权重里。";
        replyWith(verdict(
                List.of(
                        point(1, "covered", "LoRA 冻结了预训练模型的权重"),
                        point(2, "covered", "训练的只是两个低秩矩阵"),
                        point(3, "covered", "推理前可以合并到原来的权重里")),
                false));

        String body = grade(answer, null);

        assertThat((String) JsonPath.read(body, "$.grader")).isEqualTo("hybrid");
        assertThat((Boolean) JsonPath.read(body, "$.degraded")).isFalse();
        assertThat((List<String>) JsonPath.read(body, "$.keyPoints[*].status")).hasSize(3);
    }

    @Test
    void fallsBackToTheEmbeddedGraderWhenTheLlmIsDown() {
        llm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"overloaded\"}}")));

        String body = grade("LoRA 就是冻结原始权重，只训练低秩矩阵，这样显存更省。", "llm");

        assertThat((String) JsonPath.read(body, "$.grader")).isEqualTo("embedding");
        assertThat((Boolean) JsonPath.read(body, "$.degraded")).isTrue();
        assertThat((List<String>) JsonPath.read(body, "$.flags")).contains("llm_unavailable");
        assertThat(body).doesNotContain(KEY);
        assertThat(llm.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))))
                .as("first call and two retries")
                .hasSize(3);
    }

    @Test
    void neverShowsTheApiKeyWhenTheLlmRejectsIt() {
        llm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}")));

        String body = grade("LoRA 只训练低秩矩阵 A 和 B，原始权重不动。", "llm");

        assertThat((Boolean) JsonPath.read(body, "$.degraded")).isTrue();
        assertThat(body).doesNotContain(KEY);
    }

    private String grade(String answer, String grader) {
        Map<String, Object> request = new java.util.HashMap<>(
                Map.of("question", QUESTION, "referenceAnswer", REFERENCE, "keyPoints", KEY_POINTS, "answer", answer));
        if (grader != null) {
            request.put("grader", grader);
        }
        return client.post()
                .uri("/api/v1/grade")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private static Map<String, Object> point(int index, String status, String evidence) {
        return Map.of("index", index, "status", status, "evidence", evidence, "reason", "ok");
    }

    private static String verdict(List<Map<String, Object>> points, boolean offTopic) {
        return JsonMapper.shared()
                .writeValueAsString(Map.of(
                        "points",
                        points,
                        "incorrectClaims",
                        List.of(),
                        "offTopic",
                        offTopic,
                        "promptInjection",
                        false));
    }

    private static void replyWith(String content) {
        String completion = JsonMapper.shared()
                .writeValueAsString(Map.of(
                        "id",
                        "chatcmpl-1",
                        "object",
                        "chat.completion",
                        "created",
                        1,
                        "model",
                        "grader-model",
                        "choices",
                        List.of(Map.of(
                                "index",
                                0,
                                "message",
                                Map.of("role", "assistant", "content", content),
                                "finish_reason",
                                "stop")),
                        "usage",
                        Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2)));
        llm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(completion)));
    }
}
