package dev.mockinterview.api.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;

/** A real WebSocket client that opens {@link ProbeSocket} and returns the server's report of the handshake. */
final class SocketProbeClient {

    private final ReactorNettyWebSocketClient client = new ReactorNettyWebSocketClient();
    private final int port;

    SocketProbeClient(int port) {
        this.port = port;
    }

    /** Opens the probe, offering these subprotocols and sending these headers; fails as the handshake fails. */
    String open(List<String> subprotocols, HttpHeaders headers) {
        AtomicReference<String> report = new AtomicReference<>();
        WebSocketHandler reader = new WebSocketHandler() {
            @Override
            public List<String> getSubProtocols() {
                return subprotocols;
            }

            @Override
            public Mono<Void> handle(WebSocketSession session) {
                return session.receive()
                        .take(1)
                        .map(WebSocketMessage::getPayloadAsText)
                        .doOnNext(report::set)
                        .then();
            }
        };
        client.execute(URI.create("ws://localhost:" + port + ProbeSocket.PATH), headers, reader)
                .block(Duration.ofSeconds(30));
        return report.get();
    }
}
