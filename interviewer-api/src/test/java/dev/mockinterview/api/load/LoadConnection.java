package dev.mockinterview.api.load;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One client connection to {@code /ws/interview}. Reactor Netty answers the server's pings by itself, as a browser
 * does. Messages are sent through a buffer, so they can be queued before the handshake is done; received messages are
 * kept for {@link #expect} only when asked, so ten thousand idle connections keep nothing.
 */
final class LoadConnection {

    private final JsonMapper json;
    private final boolean keepMessages;
    private final Sinks.Many<String> outbound = Sinks.many().unicast().onBackpressureBuffer();
    private final Sinks.One<JsonNode> firstQuestion = Sinks.one();
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private volatile boolean open = true;
    private volatile int closeCode = -1;
    private volatile @Nullable Throwable failure;
    private final Disposable connection;

    LoadConnection(HttpClient client, URI uri, JsonMapper json, boolean keepMessages) {
        this.json = json;
        this.keepMessages = keepMessages;
        this.connection = client.websocket(WebsocketClientSpec.builder()
                        .maxFramePayloadLength(1 << 20)
                        .build())
                .uri(uri)
                .handle((in, out) -> {
                    in.receiveCloseStatus().subscribe(status -> closeCode = status.code());
                    Mono<Void> sending = out.sendString(outbound.asFlux()).then();
                    Mono<Void> receiving =
                            in.receive().asString().doOnNext(this::accept).then();
                    return Mono.when(sending, receiving);
                })
                .doFinally(signal -> open = false)
                .subscribe(ignored -> {}, error -> failure = error);
    }

    void send(Map<String, Object> message) {
        outbound.tryEmitNext(json.writeValueAsString(message));
    }

    /** The first {@code question}, or an error if the server answered {@code start} with an {@code error}. */
    Mono<JsonNode> firstQuestion() {
        return firstQuestion.asMono();
    }

    /** Waits for the next message of this type, skipping others; an {@code error} message fails. */
    JsonNode expect(String type, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode message = received.poll(Math.max(left, 0), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new IllegalStateException("no " + type + " within " + wait + "; open=" + open + ", close code "
                        + closeCode + ", failure " + failure);
            }
            String actual = message.path("type").asString();
            if (actual.equals(type)) {
                return message;
            }
            if (actual.equals("error")) {
                throw new IllegalStateException("error while waiting for " + type + ": " + message);
            }
        }
    }

    /** Why the connection failed on the client's side, if it did. */
    @Nullable
    Throwable failure() {
        return failure;
    }

    boolean isOpen() {
        return open;
    }

    int closeCode() {
        return closeCode;
    }

    void close() {
        outbound.tryEmitComplete();
        connection.dispose();
    }

    private void accept(String text) {
        JsonNode message = json.readTree(text);
        String type = message.path("type").asString();
        if (type.equals("question")) {
            firstQuestion.tryEmitValue(message);
        } else if (type.equals("error")) {
            firstQuestion.tryEmitError(new IllegalStateException(text));
        }
        if (keepMessages) {
            received.add(message);
        }
    }
}
