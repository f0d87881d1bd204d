package dev.mockinterview.api.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
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
        return firstReply(ProbeSocket.PATH, subprotocols, headers, null);
    }

    /** Opens a socket at this path, sends one text frame if given, and returns the first frame that comes back. */
    String firstReply(String path, List<String> subprotocols, HttpHeaders headers, @Nullable String send) {
        AtomicReference<String> report = new AtomicReference<>();
        WebSocketHandler reader = new WebSocketHandler() {
            @Override
            public List<String> getSubProtocols() {
                return subprotocols;
            }

            @Override
            public Mono<Void> handle(WebSocketSession session) {
                Mono<Void> request = send == null ? Mono.empty() : session.send(Mono.just(session.textMessage(send)));
                Mono<Void> reply = session.receive()
                        .take(1)
                        .map(WebSocketMessage::getPayloadAsText)
                        .doOnNext(report::set)
                        .then();
                return request.then(reply).then(session.close());
            }
        };
        client.execute(URI.create("ws://localhost:" + port + path), headers, reader)
                .block(Duration.ofSeconds(30));
        return report.get();
    }
}
