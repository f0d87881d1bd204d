package dev.mockinterview.grading.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;

/**
 * WireMock playing the LLM at the HTTP boundary, in the OpenAI chat-completions or the Ollama {@code /api/chat}
 * shape: a default reply, per-test replies (one, or a sequence for retries and repairs), and the requests we sent.
 */
public final class FakeLlm implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String MODEL = "grader-test-model";
    public static final Duration FIRST_BYTE = Duration.ofSeconds(1);
    public static final Duration DEADLINE = Duration.ofSeconds(3);

    private final LlmProvider provider;
    private final WireMockServer server;

    private FakeLlm(LlmProvider provider) {
        this.provider = provider;
        this.server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(16));
        server.start();
        warmUp();
    }

    /**
     * A fresh Jetty and the JDK HTTP client's first use are slow, on a busy machine slower than the first-byte
     * timeout; one request outside any test's budget pays for both.
     */
    private void warmUp() {
        replies("{}");
        try {
            java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + path()))
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        server.resetAll();
    }

    public static FakeLlm start(LlmProvider provider) {
        return new FakeLlm(provider);
    }

    public LlmProvider provider() {
        return provider;
    }

    public String path() {
        return provider == LlmProvider.OPENAI ? "/v1/chat/completions" : "/api/chat";
    }

    public String baseUrl() {
        return server.baseUrl() + (provider == LlmProvider.OPENAI ? "/v1" : "");
    }

    /**
     * Settings that keep the suite fast: deadline 3 s, first byte 1 s, backoff 50-200 ms; the circuit breaker is
     * left out of the way unless a test sets it.
     */
    public LlmGraderSettings settings(String apiKey) {
        return LlmGraderSettings.of(provider, baseUrl(), MODEL, apiKey)
                .withTimeouts(new LlmGraderSettings.Timeouts(Duration.ofMillis(500), FIRST_BYTE, DEADLINE))
                .withRetry(new LlmGraderSettings.Retry(2, Duration.ofMillis(50), Duration.ofMillis(200)))
                .withCircuitBreaker(new LlmGraderSettings.CircuitBreaker(
                        50f, 50f, Duration.ofSeconds(10), 100, 100, Duration.ofSeconds(30), 1));
    }

    public LlmGraderSettings settings() {
        return settings("sk-test-do-not-leak-4711");
    }

    /**
     * One grade outside any test's budget: the first use of LangChain4j's client, Jackson and the embedded model in a
     * JVM can take seconds on a busy machine, longer than the test deadline.
     */
    public void warmUp(dev.mockinterview.grading.AnswerGrader grader) {
        replies(Residual.VERDICT);
        grader.grade(Residual.request(Residual.ANSWER + " (warm-up)"));
        server.resetAll();
    }

    /** The model replies with this text as its message content. */
    public void replies(String content) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(path())).willReturn(ok(content)));
    }

    /** The endpoint answers with these responses in turn; the last one repeats. */
    public void respondsInTurn(ResponseDefinitionBuilder... responses) {
        server.resetAll();
        String scenario = "turns";
        for (int i = 0; i < responses.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "turn-" + i;
            var stub = post(urlPathEqualTo(path()))
                    .inScenario(scenario)
                    .whenScenarioStateIs(state)
                    .willReturn(responses[i]);
            if (i < responses.length - 1) {
                stub = stub.willSetStateTo("turn-" + (i + 1));
            }
            server.stubFor(stub);
        }
    }

    /** A 200 reply in this provider's shape with this message content. */
    public ResponseDefinitionBuilder ok(String content) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(envelope(content));
    }

    public List<LoggedRequest> requests() {
        return server.findAll(postRequestedFor(urlPathEqualTo(path())));
    }

    public int requestCount() {
        return requests().size();
    }

    /** Asserts that exactly one request reached the LLM and returns its JSON body. */
    public JsonNode theOnlyRequest() {
        List<LoggedRequest> requests = requests();
        assertThat(requests).as("requests to %s", path()).hasSize(1);
        return body(requests.get(0));
    }

    public static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (java.io.IOException e) {
            throw new AssertionError("request body is not JSON", e);
        }
    }

    /** The system and user messages of a request, in either provider's shape. */
    public static List<String> messageContents(JsonNode body) {
        return body.get("messages").findValuesAsText("content");
    }

    private String envelope(String content) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", content);
        ObjectNode body = JSON.createObjectNode();
        if (provider == LlmProvider.OPENAI) {
            body.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1_700_000_000L);
            body.put("model", MODEL);
            ObjectNode choice = body.putArray("choices").addObject();
            choice.put("index", 0).set("message", message);
            choice.put("finish_reason", "stop");
            body.putObject("usage")
                    .put("prompt_tokens", 100)
                    .put("completion_tokens", 50)
                    .put("total_tokens", 150);
        } else {
            body.put("model", MODEL).put("created_at", "2026-11-24T00:00:00Z");
            body.set("message", message);
            body.put("done", true).put("done_reason", "stop");
            body.put("prompt_eval_count", 100).put("eval_count", 50);
        }
        return body.toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
