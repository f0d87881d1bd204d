package dev.mockinterview.api.grading;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** The graders this deployment runs and the scheduler they run on. */
@Configuration(proxyBeanMethods = false)
class GradingConfiguration {

    static final String SCHEDULER = "gradingScheduler";

    /**
     * Bounded on both sides: at most {@code threads} grades run at once and at most {@code queue} wait; beyond that
     * a grade is refused at once ({@code GRADING_BUSY}) instead of piling up memory and latency.
     */
    @Bean(name = SCHEDULER, destroyMethod = "dispose")
    Scheduler gradingScheduler(GradingSettings settings) {
        return Schedulers.newBoundedElastic(settings.threads(), settings.queue(), "grading", 60, true);
    }
}
