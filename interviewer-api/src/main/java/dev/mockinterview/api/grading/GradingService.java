package dev.mockinterview.api.grading;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Runs a grade on the bounded grading scheduler, never on the caller's (event-loop) thread, under the
 * configured timeout, and times it per grader.
 */
@Service
public class GradingService {

    static final String TIMER = "interview.api.grade";

    private final GradeIntake intake;
    private final Graders graders;
    private final Scheduler scheduler;
    private final GradingSettings settings;
    private final MeterRegistry meters;

    GradingService(
            GradeIntake intake,
            Graders graders,
            @Qualifier(GradingConfiguration.SCHEDULER) Scheduler scheduler,
            GradingSettings settings,
            MeterRegistry meters) {
        this.intake = intake;
        this.graders = graders;
        this.scheduler = scheduler;
        this.settings = settings;
        this.meters = meters;
    }

    /**
     * Grades a body as {@code POST /api/v1/grade} would, for callers outside this package (the durable grading of
     * stored answers); errors are {@link ApiException}s with the same codes.
     */
    public Mono<GradeResult> grade(GradeBody body) {
        return Mono.fromCallable(() -> {
                    GraderChoice choice = GraderChoice.parse(body.grader());
                    return new Job(choice, graders.select(choice), intake.toRequest(body));
                })
                .flatMap(this::run);
    }

    private Mono<GradeResult> run(Job job) {
        return Mono.defer(() -> {
                    Timer.Sample sample = Timer.start(meters);
                    return Mono.fromCallable(() -> job.grader().grade(job.request()))
                            .subscribeOn(scheduler)
                            .timeout(settings.timeout())
                            .doOnSuccess(result -> sample.stop(timer(
                                    job.choice(), result.grader().wireName(), result.degraded() ? "degraded" : "ok")))
                            .doOnError(e -> sample.stop(
                                    timer(job.choice(), job.grader().kind().wireName(), "error")));
                })
                .onErrorMap(
                        RejectedExecutionException.class,
                        e -> new ApiException(
                                ErrorCode.GRADING_BUSY,
                                "All graders are busy; retry in a few seconds.",
                                Map.of("retryAfterSeconds", 5)))
                .onErrorMap(
                        TimeoutException.class,
                        e -> new ApiException(
                                ErrorCode.GRADING_TIMEOUT,
                                "Grading took longer than " + settings.timeout().toSeconds() + " s.",
                                Map.of("timeoutSeconds", settings.timeout().toSeconds())));
    }

    private Timer timer(GraderChoice requested, String grader, String outcome) {
        return Timer.builder(TIMER)
                .description("Time to grade one answer, by the grader that produced the grade")
                .tag("requested", requested.wireName())
                .tag("grader", grader)
                .tag("outcome", outcome)
                .register(meters);
    }

    private record Job(GraderChoice choice, AnswerGrader grader, GradeRequest request) {}
}
