package dev.mockinterview.api.session.grading;

import dev.mockinterview.api.grading.GradingService;
import dev.mockinterview.api.grading.GradingSettings;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.StorageSettings;
import dev.mockinterview.api.store.TranscriptQueries;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GradingWorkerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GradingWorkerConfiguration.class);

    @Bean
    DurableAnswerGrading answerGrading(
            AnswerRepository answers,
            SessionRepository sessions,
            TranscriptQueries transcripts,
            GradingService grading,
            GradingSettings gradingSettings,
            StorageSettings storage,
            GradingWorkerSettings settings,
            MeterRegistry meters) {
        if (storage.gradingLease().compareTo(gradingSettings.timeout()) <= 0) {
            log.warn(
                    "interview.storage.grading-lease ({}) should exceed interview.grading.timeout ({}), or a slow"
                            + " grade can lose its claim and be graded twice",
                    storage.gradingLease(),
                    gradingSettings.timeout());
        }
        String owner = settings.owner() == null ? DurableAnswerGrading.defaultOwner() : settings.owner();
        return new DurableAnswerGrading(
                answers,
                sessions,
                transcripts,
                grading,
                new GradedText(gradingSettings.maxAnswerChars()),
                new GradingMeters(meters, Clock.systemUTC()),
                owner,
                storage.gradingLease(),
                settings.pollInterval());
    }

    @Bean
    GradingWorker gradingWorker(DurableAnswerGrading grading, GradingWorkerSettings settings) {
        return new GradingWorker(grading, settings);
    }
}
