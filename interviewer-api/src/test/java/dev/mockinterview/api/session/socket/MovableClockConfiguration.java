package dev.mockinterview.api.session.socket;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The interviewer's clock becomes one the tests can move. */
@TestConfiguration(proxyBeanMethods = false)
class MovableClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
