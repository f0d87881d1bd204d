package dev.mockinterview.api.session.socket;

import dev.mockinterview.api.session.interview.InterviewConductor;
import dev.mockinterview.api.session.socket.guard.SocketGuard;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps {@code /ws/interview} to the interview handler, inside the connection guard (frame size, message rate,
 * heartbeat and idle close). The caller reaches the connection through the security feature's WebSocket service.
 */
@Configuration(proxyBeanMethods = false)
class InterviewSocketConfiguration {

    static final String PATH = "/ws/interview";

    @Bean
    InterviewSocketHandler interviewSocketHandler(InterviewConductor conductor, JsonMapper json) {
        return new InterviewSocketHandler(conductor, new MessageCodec(json));
    }

    @Bean
    HandlerMapping interviewSocketMapping(InterviewSocketHandler handler, SocketGuard guard) {
        return new SimpleUrlHandlerMapping(Map.of(PATH, guard.around(handler)), -1);
    }
}
