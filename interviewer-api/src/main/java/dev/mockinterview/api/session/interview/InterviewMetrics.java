package dev.mockinterview.api.session.interview;

import dev.mockinterview.api.error.ErrorCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** Counts what connections say and are told, and times the service's part of an answer's way to its grade. */
final class InterviewMetrics {

    static final String MESSAGES = "interview.session.messages";
    static final String ERRORS = "interview.session.errors";
    static final String ANSWER_TO_GRADED = "interview.session.answer.to.graded";

    private final MeterRegistry registry;
    private final Timer answerToGraded;

    InterviewMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.answerToGraded = Timer.builder(ANSWER_TO_GRADED)
                .description("From an answer received to its graded message sent (practice)")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    void received(String type) {
        Counter.builder(MESSAGES)
                .description("Client messages received, by type")
                .tag("type", type)
                .register(registry)
                .increment();
    }

    void errorSent(ErrorCode code) {
        Counter.builder(ERRORS)
                .description("Error messages sent, by code")
                .tag("code", code.name())
                .register(registry)
                .increment();
    }

    void graded(Duration sinceAnswer) {
        answerToGraded.record(sinceAnswer);
    }
}
