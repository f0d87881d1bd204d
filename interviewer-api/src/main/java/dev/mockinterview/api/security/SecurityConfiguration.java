package dev.mockinterview.api.security;

import dev.mockinterview.api.store.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.codec.ServerCodecConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    @Bean
    CallerFilter callerFilter(
            SecuritySettings settings,
            Environment environment,
            UserRepository users,
            ServerCodecConfigurer codecs,
            MeterRegistry registry) {
        return new CallerFilter(
                settings, environment.getProperty("server.address"), users, new Refusals(codecs, registry));
    }

    /** Static: a post-processor must exist before the beans it processes. */
    @Bean
    static WebSocketCallers webSocketCallers() {
        return new WebSocketCallers();
    }

    @Bean
    SecurityNotice securityNotice(SecuritySettings settings, Environment environment) {
        return new SecurityNotice(settings, environment.getProperty("server.address"));
    }
}
