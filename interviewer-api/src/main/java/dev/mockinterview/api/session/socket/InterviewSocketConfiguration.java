package dev.mockinterview.api.session.socket;

import dev.mockinterview.api.session.interview.InterviewConductor;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps {@code /ws/interview} to the interview handler, and hands the caller the caller filter resolved at the
 * handshake on to the connection. The one place where connection guards are wired around the handler.
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

    @Bean
    WebFluxConfigurer interviewWebSocketService() {
        return new WebFluxConfigurer() {
            @Override
            public WebSocketService getWebSocketService() {
                return new CallerHandshake(new HandshakeWebSocketService());
            }
        };
    }
}
