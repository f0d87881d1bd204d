package dev.mockinterview.grading.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.metrics.GradingMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The failure table of the style notes, for both providers. Each row: what the endpoint does, the outcome we promise
 * (the LLM's grade after a retry or a repair, or the embedded grade marked degraded and llm_unavailable, with the
 * reason counted), how many requests it took, and that it stayed inside its time budget (deadline 3 s, first byte
 * 1 s). The time bounds are generous: this checks budgets, it does not benchmark.
 */
class LlmGraderFailureTableTest {

    private static final Duration DEADLINE = FakeLlm.DEADLINE;
    private static final Map<LlmProvider, FakeLlm> LLMS = new EnumMap<>(LlmProvider.class);
    private static final Duration SLACK = Duration.ofMillis(1500);

    private static final String BREAKS_SCHEMA = """
            {"points":[{"index":1,"status":"COVERED","evidence":"梯度可以走这条捷径直接传回去","reason":"ok"}],
             "incorrectClaims":[],"offTopic":false,"promptInjection":false}""";
    private static final String UNKNOWN_STATUS = Residual.VERDICT.replace("\"MISSED\"", "\"EXCELLENT\"");

    /** One row: the endpoint's replies in turn, and what must come of them. */
    record Row(
            String name,
            Function<FakeLlm, ResponseDefinitionBuilder[]> replies,
            @Nullable LlmFailure fallbackReason,
            int requests,
            Duration atLeast,
            Duration atMost,
            boolean repaired) {

        static Row graded(String name, int requests, Function<FakeLlm, ResponseDefinitionBuilder[]> replies) {
            return new Row(name, replies, null, requests, Duration.ZERO, DEADLINE.plus(SLACK), false);
        }

        static Row fallback(
                String name, LlmFailure reason, int requests, Function<FakeLlm, ResponseDefinitionBuilder[]> replies) {
            return new Row(name, replies, reason, requests, Duration.ZERO, DEADLINE.plus(SLACK), false);
        }

        Row takingAtLeast(Duration minimum) {
            return new Row(name, replies, fallbackReason, requests, minimum, atMost, repaired);
        }

        Row takingAtMost(Duration maximum) {
            return new Row(name, replies, fallbackReason, requests, atLeast, maximum, repaired);
        }

        Row afterRepair() {
            return new Row(name, replies, fallbackReason, requests, atLeast, atMost, true);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> table() {
        Row[] rows = {
            Row.fallback("400 bad request", LlmFailure.REQUEST_REJECTED, 1, llm -> of(status(400)))
                    .takingAtMost(SLACK),
            Row.fallback("401 unauthorized", LlmFailure.AUTHENTICATION_FAILED, 1, llm -> of(status(401)))
                    .takingAtMost(SLACK),
            Row.fallback("404 unknown model", LlmFailure.MODEL_NOT_FOUND, 1, llm -> of(status(404)))
                    .takingAtMost(SLACK),
            Row.fallback("413 too large", LlmFailure.REQUEST_REJECTED, 1, llm -> of(status(413)))
                    .takingAtMost(SLACK),
            Row.graded(
                            "429 with Retry-After 1 s, then ok",
                            2,
                            llm -> of(status(429).withHeader("Retry-After", "1"), llm.ok(Residual.VERDICT)))
                    .takingAtLeast(Duration.ofSeconds(1)),
            Row.fallback(
                            "429 with Retry-After past the deadline",
                            LlmFailure.RATE_LIMITED,
                            1,
                            llm -> of(status(429).withHeader("Retry-After", "30")))
                    .takingAtMost(SLACK),
            Row.graded("408, then ok", 2, llm -> of(status(408), llm.ok(Residual.VERDICT))),
            Row.graded("500, then ok", 2, llm -> of(status(500), llm.ok(Residual.VERDICT))),
            Row.fallback("503 three times: retries exhausted", LlmFailure.SERVER_ERROR, 3, llm -> of(status(503))),
            Row.fallback(
                            "slow first byte",
                            LlmFailure.FIRST_BYTE_TIMEOUT,
                            1,
                            llm -> of(llm.ok(Residual.VERDICT).withFixedDelay(2_000)))
                    .takingAtLeast(FakeLlm.FIRST_BYTE)
                    .takingAtMost(FakeLlm.FIRST_BYTE.plus(SLACK)),
            Row.fallback(
                            "body trickling past the deadline",
                            LlmFailure.DEADLINE_EXCEEDED,
                            1,
                            llm -> of(llm.ok(Residual.VERDICT).withChunkedDribbleDelay(50, 8_000)))
                    .takingAtLeast(DEADLINE),
            Row.fallback(
                            "connection reset",
                            LlmFailure.CONNECTION_FAILED,
                            1,
                            llm -> of(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))
                    .takingAtMost(SLACK),
            Row.fallback(
                            "body that is not the provider's JSON",
                            LlmFailure.PROTOCOL_ERROR,
                            1,
                            llm -> of(aResponse()
                                    .withStatus(200)
                                    .withHeader("Content-Type", "application/json")
                                    .withBody("<html>502 from a proxy</html>")))
                    .takingAtMost(SLACK),
            Row.graded(
                            "malformed JSON, then repaired",
                            2,
                            llm -> of(
                                    llm.ok("Sure! Here is the grading: points 1 and 2 are covered."),
                                    llm.ok(Residual.VERDICT)))
                    .afterRepair(),
            Row.graded(
                            "JSON that breaks the schema, then repaired",
                            2,
                            llm -> of(llm.ok(BREAKS_SCHEMA), llm.ok(Residual.VERDICT)))
                    .afterRepair(),
            Row.graded("unknown status, then repaired", 2, llm -> of(llm.ok(UNKNOWN_STATUS), llm.ok(Residual.VERDICT)))
                    .afterRepair(),
            Row.fallback(
                            "schema broken twice",
                            LlmFailure.MALFORMED_VERDICT,
                            2,
                            llm -> of(llm.ok(BREAKS_SCHEMA), llm.ok("{\"points\": \"none\"}")))
                    .afterRepair()
        };
        return Arrays.stream(LlmProvider.values())
                .flatMap(provider -> Arrays.stream(rows).map(row -> Arguments.of(provider, row)));
    }

    /**
     * One fake endpoint per provider for the whole table, warmed by one grade: class loading and the first request
     * to a fresh server are paid once per JVM, not inside a row's budget.
     */
    @BeforeAll
    static void startAndWarmUp() {
        for (LlmProvider provider : LlmProvider.values()) {
            FakeLlm llm = FakeLlm.start(provider);
            LLMS.put(provider, llm);
            try (LlmGrader grader = LlmGrader.create(
                    llm.settings(), Fallbacks.embedded(), new GradingMetrics(new SimpleMeterRegistry()))) {
                llm.warmUp(grader);
            }
        }
    }

    @AfterAll
    static void stop() {
        LLMS.values().forEach(FakeLlm::close);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("table")
    void keepsItsPromiseForEveryFailure(LlmProvider provider, Row row) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AnswerGrader embedded = Fallbacks.embedded();
        FakeLlm llm = LLMS.get(provider);
        try (LlmGrader grader = LlmGrader.create(llm.settings(), embedded, new GradingMetrics(registry))) {
            llm.respondsInTurn(row.replies().apply(llm));

            long start = System.nanoTime();
            GradeResult result = grader.grade(Residual.request());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            if (row.fallbackReason() == null) {
                assertThat(result.grader()).isEqualTo(GraderKind.LLM);
                assertThat(result.degraded()).isFalse();
                assertThat(result.flags()).doesNotContain(GradeFlag.LLM_UNAVAILABLE);
                assertThat(result.score()).isEqualTo(7.2);
                assertThat(registry.find(GradingMetrics.FALLBACKS).counters()).isEmpty();
            } else {
                GradeResult fallback = embedded.grade(Residual.request());
                assertThat(result.grader()).isEqualTo(GraderKind.EMBEDDING);
                assertThat(result.degraded()).isTrue();
                assertThat(result.flags()).contains(GradeFlag.LLM_UNAVAILABLE);
                assertThat(result.score()).isEqualTo(fallback.score());
                assertThat(result.keyPoints()).isEqualTo(fallback.keyPoints());
                assertThat(result.feedback()).contains(row.fallbackReason().tag());
                assertThat(registry.get(GradingMetrics.FALLBACKS)
                                .tag("reason", row.fallbackReason().tag())
                                .counter()
                                .count())
                        .isEqualTo(1.0);
            }
            assertThat(llm.requestCount()).as("requests made").isEqualTo(row.requests());
            if (row.repaired()) {
                String repair = FakeLlm.messageContents(
                                FakeLlm.body(llm.requests().get(1)))
                        .get(3);
                assertThat(repair).startsWith(GradingPrompt.REPAIR_PREFIX);
            }
            assertThat(took).as("time taken").isBetween(row.atLeast(), row.atMost());
        }
    }

    private static ResponseDefinitionBuilder status(int status) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"status " + status + "\"}}");
    }

    private static ResponseDefinitionBuilder[] of(ResponseDefinitionBuilder... replies) {
        return replies;
    }
}
