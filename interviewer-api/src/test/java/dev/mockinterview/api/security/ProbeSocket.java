package dev.mockinterview.api.security;

import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.HandshakeInfo;
import org.springframework.web.reactive.socket.WebSocketHandler;
import reactor.core.publisher.Mono;

/**
 * A WebSocket handler beside the real ones, under {@code /ws/} like them, that tells the client what the server
 * saw of the handshake: the caller's name, the selected subprotocol and the subprotocols offered, one per line.
 */
@TestConfiguration(proxyBeanMethods = false)
class ProbeSocket {

    static final String PATH = "/ws/security-probe";

    @Bean
    HandlerMapping securityProbeSocket() {
        WebSocketHandler probe = session -> {
            HandshakeInfo handshake = session.getHandshakeInfo();
            String report = Caller.from(session.getAttributes()).name() + "\n" + handshake.getSubProtocol() + "\n"
                    + handshake.getHeaders().getOrEmpty(PresentedToken.SUBPROTOCOL_HEADER);
            return session.send(Mono.just(session.textMessage(report)));
        };
        return new SimpleUrlHandlerMapping(Map.of(PATH, probe), -1);
    }
}
