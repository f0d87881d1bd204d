package dev.mockinterview.api.session.grading;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * Recovers grading work: at start-up and then every recovery interval it grades the answers that have no grade
 * and no live claim (left by a crash, a restart, a failed grade, or another instance that died). Rounds never
 * overlap, and run on Reactor's timer and the store's and grader's own threads, never on an event loop.
 */
final class GradingWorker implements SmartLifecycle {

    private final DurableAnswerGrading grading;
    private final GradingWorkerSettings settings;
    private @Nullable Disposable rounds;

    GradingWorker(DurableAnswerGrading grading, GradingWorkerSettings settings) {
        this.grading = grading;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (rounds != null) {
            return;
        }
        rounds = Flux.interval(Duration.ZERO, settings.recoveryInterval())
                .onBackpressureDrop()
                .concatMap(tick -> grading.recover(settings.concurrency()), 1)
                .subscribe();
    }

    /** In-flight grades are dropped with their claims; the leases run out and the next start grades them. */
    @Override
    public synchronized void stop() {
        if (rounds != null) {
            rounds.dispose();
            rounds = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return rounds != null;
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }
}
