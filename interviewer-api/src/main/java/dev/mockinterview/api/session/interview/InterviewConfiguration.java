package dev.mockinterview.api.session.interview;

import dev.mockinterview.api.grading.GradingSettings;
import dev.mockinterview.api.grading.LlmSettings;
import dev.mockinterview.api.session.grading.AnswerGrading;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.QuestionTurns;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.TranscriptQueries;
import dev.mockinterview.bank.QuestionBank;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The interviewer's beans. Time comes from the {@link Clock} bean, so deadlines follow one clock. */
@Configuration(proxyBeanMethods = false)
class InterviewConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LiveSessions liveSessions(MeterRegistry registry) {
        return new LiveSessions(registry);
    }

    @Bean
    InterviewMetrics interviewMetrics(MeterRegistry registry) {
        return new InterviewMetrics(registry);
    }

    @Bean
    InterviewConductor interviewConductor(
            InterviewSettings settings,
            GradingSettings gradingSettings,
            LlmSettings llm,
            @Lazy QuestionBank bank,
            SessionRepository sessions,
            AnswerRepository answers,
            QuestionTurns turns,
            TranscriptQueries transcripts,
            AnswerGrading grading,
            Clock clock,
            LiveSessions live,
            InterviewMetrics metrics) {
        return new InterviewConductor(
                settings,
                gradingSettings.maxAnswerChars(),
                llm.configured(),
                bank,
                sessions,
                answers,
                turns,
                transcripts,
                grading,
                clock,
                live,
                metrics);
    }
}
