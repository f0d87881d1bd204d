package dev.mockinterview.api.security;

import dev.mockinterview.api.store.UserRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    @Bean
    CallerFilter callerFilter(UserRepository users) {
        return new CallerFilter(users);
    }
}
