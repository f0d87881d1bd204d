package dev.mockinterview.api.session.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real WebSocket client of {@code /ws/interview} for tests: sends JSON text frames, and hands the server's
 * messages over one by one, waiting generously for each, so a loaded machine makes a test slower, never red.
 */
final class SocketClient implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    private final JsonMapper json = JsonMapper.builder().build();
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();
    private final Sinks.One<CloseStatus> closed = Sinks.one();
    private final Sinks.One<Boolean> open = Sinks.one();
    private final Disposable connection;

    SocketClient(int port) {
        ReactorNettyWebSocketClient client = new ReactorNettyWebSocketClient();
        this.connection = client.execute(URI.create("ws://127.0.0.1:" + port + "/ws/interview"), session -> {
                    open.tryEmitValue(true);
                    Mono<Void> in = session.receive()
                            .doOnNext(frame -> received.add(json.readTree(frame.getPayloadAsText())))
                            .then();
                    Mono<Void> out = session.send(outgoing.asFlux().map(session::textMessage));
                    session.closeStatus().subscribe(closed::tryEmitValue);
                    return Mono.zip(in, out).then();
                })
                .subscribe(done -> {}, error -> closed.tryEmitValue(CloseStatus.SERVER_ERROR));
        assertThat(open.asMono().block(WAIT)).isTrue();
    }

    void sendRaw(String text) {
        synchronized (outgoing) {
            outgoing.tryEmitNext(text);
        }
    }

    void send(Object message) {
        sendRaw(json.writeValueAsString(message));
    }

    /** The next message from the server, whatever it is. */
    JsonNode next() {
        try {
            JsonNode message = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(message).as("a message from the server within " + WAIT).isNotNull();
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next message, which must be of this type. */
    JsonNode expect(String type) {
        JsonNode message = next();
        assertThat(message.path("type").asString()).as("type of %s", message).isEqualTo(type);
        return message;
    }

    /** The next message, an error with this code. */
    JsonNode expectError(String code) {
        JsonNode error = expect("error");
        assertThat(error.path("code").asString()).as("code of %s", error).isEqualTo(code);
        assertThat(error.path("message").asString()).isNotBlank();
        return error;
    }

    /** Round-trips a ping: the connection is open and everything sent before it was handled. */
    void assertAlive() {
        send(java.util.Map.of("type", "ping"));
        expect("pong");
    }

    /** Nothing more arrived within a short look; used only where the protocol says the server stays silent. */
    @Nullable
    JsonNode poll(Duration wait) {
        try {
            return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    CloseStatus awaitClosed() {
        return closed.asMono().block(WAIT);
    }

    @Override
    public void close() {
        synchronized (outgoing) {
            outgoing.tryEmitComplete();
        }
        connection.dispose();
    }
}
