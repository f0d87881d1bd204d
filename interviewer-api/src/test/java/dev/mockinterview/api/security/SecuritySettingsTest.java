package dev.mockinterview.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class SecuritySettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SecuritySettings.class)
    static class Bound {}

    @Test
    void defaultsToLocalModeWithNoAdminTokenAndOnlyTheOwnOrigin() {
        runner.run(context -> {
            SecuritySettings settings = context.getBean(SecuritySettings.class);
            assertThat(settings.mode()).isEqualTo(SecurityMode.LOCAL);
            assertThat(settings.adminToken()).isNull();
            assertThat(settings.allowedOrigins()).isEmpty();
        });
    }

    @Test
    void takesTheAdminTokenFromTheEnvironment() {
        runner.withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "env",
                                Map.of(
                                        "INTERVIEW_SECURITY_MODE", "team",
                                        "INTERVIEW_SECURITY_ADMIN_TOKEN", "from-the-environment-0123456789"))))
                .run(context -> {
                    SecuritySettings settings = context.getBean(SecuritySettings.class);
                    assertThat(settings.mode()).isEqualTo(SecurityMode.TEAM);
                    assertThat(settings.adminToken()).isEqualTo("from-the-environment-0123456789");
                    assertThat(settings.toString()).doesNotContain("from-the-environment");
                });
    }

    @Test
    void treatsABlankAdminTokenAsNone() {
        runner.withPropertyValues("interview.security.admin-token=   ")
                .run(context -> assertThat(
                                context.getBean(SecuritySettings.class).adminToken())
                        .isNull());
    }

    @Test
    void refusesToStartWithAShortAdminTokenWithoutSayingIt() {
        runner.withPropertyValues("interview.security.admin-token=secret123").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("at least 16")
                    .message()
                    .doesNotContain("secret123");
        });
    }

    @Test
    void refusesToStartWithAnAllowedOriginThatIsNoOrigin() {
        runner.withPropertyValues("interview.security.allowed-origins=*")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("allowed-origins"));
    }
}
