package dev.mockinterview.api.session.socket;

import dev.mockinterview.api.session.interview.InterviewConductor;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps {@code /ws/interview} to the interview handler: the one place where connection guards are wired around it.
 * (The caller reaches the connection's attributes through the security feature's WebSocket service.)
 */
@Configuration(proxyBeanMethods = false)
class InterviewSocketConfiguration {

    static final String PATH = "/ws/interview";

    @Bean
    InterviewSocketHandler interviewSocketHandler(InterviewConductor conductor, JsonMapper json) {
        return new InterviewSocketHandler(conductor, new MessageCodec(json));
    }

    @Bean
    HandlerMapping interviewSocketMapping(InterviewSocketHandler handler) {
        return new SimpleUrlHandlerMapping(Map.of(PATH, handler), -1);
    }
}
