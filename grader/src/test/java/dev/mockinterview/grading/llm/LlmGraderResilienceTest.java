package dev.mockinterview.grading.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.metrics.GradingMetrics;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LlmGraderResilienceTest {

    private static FakeLlm llm;

    @BeforeAll
    static void start() {
        llm = FakeLlm.start(LlmProvider.OPENAI);
        try (LlmGrader grader =
                LlmGrader.create(llm.settings(), Fallbacks.embedded(), new GradingMetrics(new SimpleMeterRegistry()))) {
            llm.warmUp(grader);
        }
    }

    @AfterAll
    static void stop() {
        llm.close();
    }

    @Test
    void circuitOpensAfterFailuresAndClosesAfterASuccessfulTrial() throws InterruptedException {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Duration openFor = Duration.ofMillis(800);
        LlmGraderSettings settings = llm.settings()
                .withRetry(new LlmGraderSettings.Retry(0, Duration.ofMillis(50), Duration.ofMillis(50)))
                .withCircuitBreaker(
                        new LlmGraderSettings.CircuitBreaker(50f, 50f, Duration.ofSeconds(10), 4, 4, openFor, 1));
        try (LlmGrader grader = LlmGrader.create(settings, Fallbacks.embedded(), new GradingMetrics(registry))) {
            llm.respondsInTurn(aResponse().withStatus(503));
            for (int i = 0; i < 4; i++) {
                assertThat(grader.grade(Residual.request(Residual.ANSWER + i)).degraded())
                        .isTrue();
            }
            assertThat(grader.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThat(circuitGauge(registry, "open")).isEqualTo(1.0);

            // open: the grade falls back at once and the endpoint is left alone
            llm.replies(Residual.VERDICT);
            GradeResult whileOpen = grader.grade(Residual.request());
            assertThat(whileOpen.degraded()).isTrue();
            assertThat(whileOpen.flags()).contains(GradeFlag.LLM_UNAVAILABLE);
            assertThat(whileOpen.feedback()).contains(LlmFailure.CIRCUIT_OPEN.tag());
            assertThat(llm.requestCount()).isZero();

            Thread.sleep(openFor.toMillis() + 200);
            GradeResult trial = grader.grade(Residual.request());

            assertThat(trial.grader()).isEqualTo(GraderKind.LLM);
            assertThat(trial.degraded()).isFalse();
            assertThat(grader.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(circuitGauge(registry, "closed")).isEqualTo(1.0);
            assertThat(circuitGauge(registry, "open")).isZero();
        }
    }

    @Test
    void badRequestsDoNotOpenTheCircuit() {
        LlmGraderSettings settings = llm.settings()
                .withCircuitBreaker(new LlmGraderSettings.CircuitBreaker(
                        50f, 50f, Duration.ofSeconds(10), 4, 4, Duration.ofSeconds(30), 1));
        try (LlmGrader grader =
                LlmGrader.create(settings, Fallbacks.embedded(), new GradingMetrics(new SimpleMeterRegistry()))) {
            llm.respondsInTurn(aResponse().withStatus(400));
            for (int i = 0; i < 6; i++) {
                grader.grade(Residual.request(Residual.ANSWER + i));
            }
            assertThat(grader.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(llm.requestCount()).isEqualTo(6);
        }
    }

    @Test
    void identicalRequestsGetIdenticalGradesWithoutAskingAgain() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (LlmGrader grader = LlmGrader.create(llm.settings(), Fallbacks.embedded(), new GradingMetrics(registry))) {
            llm.replies(Residual.VERDICT);
            GradeResult first = grader.grade(Residual.request());

            // the model would now say something else; the same request must not be asked again
            llm.replies(Residual.VERDICT.replace("\"COVERED\"", "\"PARTIAL\""));
            GradeResult second = grader.grade(Residual.request());

            assertThat(second).isEqualTo(first);
            assertThat(llm.requestCount()).isZero();
            assertThat(registry.get(GradingMetrics.CACHE)
                            .tag("result", "hit")
                            .counter()
                            .count())
                    .isEqualTo(1.0);

            GradeResult otherAnswer = grader.grade(Residual.request(Residual.ANSWER + " 就这些。"));
            assertThat(llm.requestCount()).isEqualTo(1);
            assertThat(otherAnswer.score()).isLessThan(first.score());
        }
    }

    @Test
    void fallbacksAreNotCachedSoTheLlmGetsItsChanceAgain() {
        try (LlmGrader grader =
                LlmGrader.create(llm.settings(), Fallbacks.embedded(), new GradingMetrics(new SimpleMeterRegistry()))) {
            llm.respondsInTurn(aResponse().withStatus(401));
            assertThat(grader.grade(Residual.request()).degraded()).isTrue();

            llm.replies(Residual.VERDICT);
            GradeResult recovered = grader.grade(Residual.request());

            assertThat(recovered.degraded()).isFalse();
            assertThat(recovered.grader()).isEqualTo(GraderKind.LLM);
        }
    }

    @Test
    void fallsBackAtOnceWhenEverySlotAndTheQueueAreTaken() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        LlmGraderSettings settings = llm.settings().withConcurrency(new LlmGraderSettings.Concurrency(1, 0));
        try (LlmGrader grader = LlmGrader.create(settings, Fallbacks.embedded(), new GradingMetrics(registry))) {
            llm.respondsInTurn(llm.ok(Residual.VERDICT).withFixedDelay(800));
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<GradeResult> busy = CompletableFuture.supplyAsync(() -> {
                started.countDown();
                return grader.grade(Residual.request());
            });
            started.await();
            waitUntil(() -> llm.requestCount() == 1);

            GradeResult turnedAway = grader.grade(Residual.request(Residual.ANSWER + " 另一个回答"));

            assertThat(turnedAway.degraded()).isTrue();
            assertThat(turnedAway.feedback()).contains(LlmFailure.QUEUE_FULL.tag());
            assertThat(registry.get(GradingMetrics.FALLBACKS)
                            .tag("reason", "queue_full")
                            .counter()
                            .count())
                    .isEqualTo(1.0);
            assertThat(busy.get(5, TimeUnit.SECONDS).grader()).isEqualTo(GraderKind.LLM);
        }
    }

    private static double circuitGauge(SimpleMeterRegistry registry, String state) {
        return registry.get(GradingMetrics.CIRCUIT_STATE)
                .tag("state", state)
                .gauge()
                .value();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(end);
            Thread.sleep(10);
        }
    }
}
