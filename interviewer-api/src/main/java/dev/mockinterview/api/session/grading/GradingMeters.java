package dev.mockinterview.api.session.grading;

import dev.mockinterview.api.store.Answer;
import dev.mockinterview.grading.GradeResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** What the durable grading reports: the queue's length, grades by outcome, recoveries, answer-to-grade time. */
final class GradingMeters {

    static final String WAITING = "interview.grading.waiting";
    static final String GRADES = "interview.grading.grades";
    static final String RECOVERED = "interview.grading.recovered";
    static final String DELAY = "interview.grading.delay";

    private final MeterRegistry registry;
    private final Clock clock;
    private final AtomicLong waiting = new AtomicLong();
    private final Counter recovered;
    private final Timer delay;

    GradingMeters(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        Gauge.builder(WAITING, waiting, AtomicLong::get)
                .description("Stored answers without a grade, claimed or not; refreshed by each recovery round")
                .register(registry);
        this.recovered = Counter.builder(RECOVERED)
                .description("Answers graded by a recovery round rather than right after they were stored")
                .register(registry);
        this.delay = Timer.builder(DELAY)
                .description("Time from an answer's arrival to its stored grade")
                .register(registry);
    }

    void waiting(long answers) {
        waiting.set(answers);
    }

    void stored(Answer answer, GradeResult result) {
        outcome(result.degraded() ? "degraded" : "ok").increment();
        Duration elapsed = Duration.between(answer.receivedAt(), clock.instant());
        if (!elapsed.isNegative()) {
            delay.record(elapsed);
        }
    }

    /** A grade that did not come: the answer stays on the queue for a later round. */
    void failed() {
        outcome("failed").increment();
    }

    void recovered() {
        recovered.increment();
    }

    private Counter outcome(String outcome) {
        return Counter.builder(GRADES)
                .description("Grades of stored answers by outcome: ok, degraded (a stand-in grader), failed (retried)")
                .tag("outcome", outcome)
                .register(registry);
    }
}
