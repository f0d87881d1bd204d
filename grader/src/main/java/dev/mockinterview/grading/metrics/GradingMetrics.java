package dev.mockinterview.grading.metrics;

import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The grading meters, all under {@code grader.}. Tags carry only closed vocabularies (grader kind, failure code, flag,
 * circuit state): never a model answer, a URL or a key.
 */
public final class GradingMetrics {

    public static final String LATENCY = "grader.grade.latency";
    public static final String LLM_CALLS = "grader.llm.calls";
    public static final String FALLBACKS = "grader.fallbacks";
    public static final String CIRCUIT_STATE = "grader.llm.circuit.state";
    public static final String FLAGS = "grader.flags";
    public static final String CACHE = "grader.llm.cache";

    private final MeterRegistry registry;

    public GradingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void recordGrade(GraderKind requested, GradeResult result, Duration took) {
        Timer.builder(LATENCY)
                .description("Time to grade one answer, by the grader that was asked")
                .tag("grader", requested.wireName())
                .tag("degraded", Boolean.toString(result.degraded()))
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
        for (GradeFlag flag : result.flags()) {
            Counter.builder(FLAGS)
                    .description("Flags raised on graded answers")
                    .tag("flag", flag.wireName())
                    .register(registry)
                    .increment();
        }
    }

    /** One HTTP call to the LLM; {@code outcome} is {@code success} or a failure code. */
    public void recordLlmCall(String outcome) {
        Counter.builder(LLM_CALLS)
                .description("Calls to the LLM endpoint by outcome")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    public void recordFallback(String reason) {
        Counter.builder(FALLBACKS)
                .description("Grades that fell back to the embedded grader, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    public void recordCache(boolean hit) {
        Counter.builder(CACHE)
                .description("LLM grade cache lookups")
                .tag("result", hit ? "hit" : "miss")
                .register(registry)
                .increment();
    }

    /**
     * One gauge per circuit state, 1 for the current one and 0 for the others (the Resilience4j-micrometer shape).
     *
     * @param currentState read on every scrape
     */
    public <S extends Enum<S>> void registerCircuitState(Class<S> states, Supplier<S> currentState) {
        for (S state : states.getEnumConstants()) {
            Gauge.builder(CIRCUIT_STATE, () -> currentState.get() == state ? 1 : 0)
                    .description("The LLM circuit breaker's state (1 = current)")
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .strongReference(true)
                    .register(registry);
        }
    }
}
