package dev.mockinterview.grading.benchmark;

import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.llm.FakeLlm;
import dev.mockinterview.grading.llm.Fallbacks;
import dev.mockinterview.grading.llm.LlmGrader;
import dev.mockinterview.grading.llm.LlmGraderSettings;
import dev.mockinterview.grading.llm.LlmProvider;
import dev.mockinterview.grading.llm.Residual;
import dev.mockinterview.grading.metrics.GradingMetrics;
import dev.mockinterview.grading.metrics.MeteredGrader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The LLM grader's own overhead over an LLM that WireMock answers after a fixed {@value #LLM_DELAY_MS} ms: the time of
 * a full grade (prompt, schema, LangChain4j request and response mapping, parsing, quote checks, score, feedback,
 * metrics) compared with a bare JDK HTTP POST of a same-sized body to the same stub. Overhead = grade − delay (an upper
 * bound: it includes WireMock's own handling) and grade − bare call (the service's share).
 *
 * <p>The cache is off and every grade has a different answer, so each one reaches the fake LLM.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
@State(Scope.Benchmark)
public class LlmOverheadBenchmark {

    static final int LLM_DELAY_MS = 200;

    private FakeLlm llm;
    private LlmGrader llmGrader;
    private MeteredGrader grader;
    private HttpClient bare;
    private HttpRequest bareRequest;
    private final AtomicLong sequence = new AtomicLong();

    @Setup(Level.Trial)
    public void start() {
        llm = FakeLlm.start(LlmProvider.OPENAI);
        LlmGraderSettings defaults = LlmGraderSettings.of(LlmProvider.OPENAI, llm.baseUrl(), FakeLlm.MODEL, "sk-bench");
        LlmGraderSettings settings = new LlmGraderSettings(
                defaults.provider(),
                defaults.baseUrl(),
                defaults.model(),
                defaults.apiKey(),
                defaults.temperature(),
                defaults.timeouts(),
                defaults.retry(),
                defaults.concurrency(),
                defaults.circuitBreaker(),
                defaults.promptVersion(),
                0);
        GradingMetrics metrics = new GradingMetrics(new SimpleMeterRegistry());
        llmGrader = LlmGrader.create(settings, Fallbacks.embedded(), metrics);
        grader = new MeteredGrader(llmGrader, metrics);
        llm.warmUp(grader);
        llm.respondsInTurn(llm.ok(Residual.VERDICT).withFixedDelay(LLM_DELAY_MS));
        bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        bareRequest = HttpRequest.newBuilder(URI.create(llm.baseUrl() + "/chat/completions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"messages\":\"" + "x".repeat(3_000) + "\"}"))
                .build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        llmGrader.close();
        llm.close();
    }

    @Benchmark
    public GradeResult gradeThroughLlm() {
        GradeRequest request = Residual.request(Residual.ANSWER + " #" + sequence.incrementAndGet());
        GradeResult result = grader.grade(request);
        if (result.degraded()) {
            throw new IllegalStateException("the fake LLM did not answer: " + result.feedback());
        }
        return result;
    }

    @Benchmark
    public String bareHttpCall() throws IOException, InterruptedException {
        return bare.send(bareRequest, HttpResponse.BodyHandlers.ofString()).body();
    }
}
