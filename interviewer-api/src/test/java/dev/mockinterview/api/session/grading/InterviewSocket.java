package dev.mockinterview.api.session.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain client of the service's {@code /ws/interview}, as a program (no {@code Origin}) would connect. */
final class InterviewSocket implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final JsonMapper json = JsonMapper.builder().build();
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();
    private final Sinks.One<Boolean> open = Sinks.one();
    private final Disposable connection;

    InterviewSocket(int port) {
        this.connection = new ReactorNettyWebSocketClient()
                .execute(URI.create("ws://127.0.0.1:" + port + "/ws/interview"), session -> {
                    open.tryEmitValue(true);
                    Mono<Void> in = session.receive()
                            .doOnNext(frame -> received.add(json.readTree(frame.getPayloadAsText())))
                            .then();
                    return Mono.zip(in, session.send(outgoing.asFlux().map(session::textMessage)))
                            .then();
                })
                .subscribe(done -> {}, error -> open.tryEmitValue(false));
        assertThat(open.asMono().block(WAIT)).as("connected").isTrue();
    }

    synchronized void send(Map<String, Object> message) {
        outgoing.tryEmitNext(json.writeValueAsString(message));
    }

    /** The next message, which must be of this type. */
    JsonNode expect(String type) throws InterruptedException {
        JsonNode message = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(message).as("a %s message within %s", type, WAIT).isNotNull();
        assertThat(message.path("type").asString()).as("type of %s", message).isEqualTo(type);
        return message;
    }

    @Override
    public void close() {
        connection.dispose();
    }
}
