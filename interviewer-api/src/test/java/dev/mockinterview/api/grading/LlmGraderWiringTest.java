package dev.mockinterview.api.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.llm.LlmGrader;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The LLM grader exists exactly when its base URL is set, and its key never shows. */
class LlmGraderWiringTest {

    private static final String KEY = "sk-test-0123456789-secret";

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Meters.class, GradingConfiguration.class);

    @Test
    void runsOnlyTheEmbeddedGraderWhenNoBaseUrlIsSet() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(LlmGrader.class);
            Graders graders = context.getBean(Graders.class);
            assertThat(graders.llm()).isNull();
            assertThat(graders.auto().kind()).isEqualTo(GraderKind.EMBEDDING);
        });
    }

    @Test
    void treatsABlankBaseUrlAsNotConfigured() {
        runner.withPropertyValues("interview.grader.llm.base-url=  ", "interview.grader.llm.model=m")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LlmGrader.class));
    }

    @Test
    void addsTheLlmAndHybridGradersWhenABaseUrlIsSet() {
        runner.withPropertyValues(
                        "interview.grader.llm.base-url=http://127.0.0.1:9/v1",
                        "interview.grader.llm.model=some-model",
                        "interview.grader.llm.api-key=" + KEY)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(LlmGrader.class);
                    Graders graders = context.getBean(Graders.class);
                    assertThat(graders.llm()).isNotNull();
                    assertThat(graders.llm().kind()).isEqualTo(GraderKind.LLM);
                    assertThat(graders.auto().kind()).isEqualTo(GraderKind.HYBRID);
                    LlmSettings settings = context.getBean(LlmSettings.class);
                    assertThat(settings.apiKey()).isEqualTo(KEY);
                    assertThat(settings.toString()).doesNotContain(KEY);
                    assertThat(settings.toGraderSettings().toString()).doesNotContain(KEY);
                });
    }

    @Test
    void readsTheLlmFromEnvironmentVariables() {
        runner.withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "test-systemEnvironment",
                                Map.<String, Object>of(
                                        "INTERVIEW_GRADER_LLM_BASE_URL", "http://127.0.0.1:9/v1",
                                        "INTERVIEW_GRADER_LLM_MODEL", "env-model",
                                        "INTERVIEW_GRADER_LLM_API_KEY", KEY))))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(LlmGrader.class);
                    LlmSettings settings = context.getBean(LlmSettings.class);
                    assertThat(settings.model()).isEqualTo("env-model");
                    assertThat(settings.apiKey()).isEqualTo(KEY);
                });
    }

    @Test
    void bindsNestedDefaultsAndOverridesFromIssueFour() {
        runner.withPropertyValues(
                        "interview.grader.llm.base-url=http://127.0.0.1:9",
                        "interview.grader.llm.provider=ollama",
                        "interview.grader.llm.model=qwen2.5",
                        "interview.grader.llm.timeouts.deadline=30s")
                .run(context -> {
                    var settings = context.getBean(LlmSettings.class).toGraderSettings();
                    assertThat(settings.provider().name()).isEqualTo("OLLAMA");
                    assertThat(settings.timeouts().connect()).hasSeconds(5);
                    assertThat(settings.timeouts().firstByte()).hasSeconds(20);
                    assertThat(settings.timeouts().deadline()).hasSeconds(30);
                    assertThat(settings.retry().maxRetries()).isEqualTo(2);
                    assertThat(settings.concurrency().maxConcurrentCalls()).isEqualTo(8);
                    assertThat(settings.circuitBreaker().window()).isEqualTo(20);
                    assertThat(settings.circuitBreaker().minimumCalls()).isEqualTo(10);
                    assertThat(settings.circuitBreaker().openFor()).hasSeconds(30);
                });
    }

    @Test
    void failsAtStartWhenTheModelIsMissing() {
        runner.withPropertyValues("interview.grader.llm.base-url=http://127.0.0.1:9/v1")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("interview.grader.llm.model"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({GradingSettings.class, LlmSettings.class})
    static class Meters {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
