package dev.mockinterview.api.session.socket.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;

/**
 * The limits against the running service on {@code /ws/interview}, with real WebSocket clients that control frames
 * and pings. The interview's own {@code ping} message (answered with {@code pong}) is the cheapest message to count.
 * Short heartbeat settings make the idle close observable in seconds; the rate and size limits are the defaults.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"interview.socket.ping-interval=1s", "interview.socket.idle-timeout=5s"})
@Timeout(120)
class SocketGuardTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int KIB = 1024;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Test
    void closesAFrameOver64KiBWith1009() {
        double before = closed("size");

        WebSocketCloseStatus status = connect(false)
                .handle((in, out) ->
                        out.sendString(Mono.just("x".repeat(70 * KIB))).then().then(in.receiveCloseStatus()))
                .blockFirst(WAIT);

        assertThat(status.code()).isEqualTo(1009);
        await().atMost(WAIT).untilAsserted(() -> assertThat(closed("size")).isEqualTo(before + 1));
    }

    @Test
    void closesAMessageOver64KiBInContinuationFramesWith1009() {
        double before = closed("size");

        WebSocketCloseStatus status = connect(false)
                .handle((in, out) -> out.sendObject(Flux.just(
                                new TextWebSocketFrame(false, 0, text(40 * KIB)),
                                new ContinuationWebSocketFrame(true, 0, text(40 * KIB))))
                        .then()
                        .then(in.receiveCloseStatus()))
                .blockFirst(WAIT);

        assertThat(status.code()).isEqualTo(1009);
        await().atMost(WAIT).untilAsserted(() -> assertThat(closed("size")).isEqualTo(before + 1));
    }

    @Test
    void passesAMessageOfExactly64KiBToTheInterview() {
        String reply = connect(false)
                .handle((in, out) -> out.sendString(Mono.just("y".repeat(64 * KIB)))
                        .then()
                        .thenMany(in.receive().asString().take(1)))
                .blockFirst(WAIT);

        assertThat(reply).contains("\"type\":\"error\"").contains("\"code\":\"INVALID_MESSAGE\"");
    }

    @Test
    void closesWith1008AfterARateLimitedErrorOnTheHundredAndFirstMessage() {
        double before = closed("rate");
        List<String> received = new CopyOnWriteArrayList<>();

        WebSocketCloseStatus status = connect(false)
                .handle((in, out) -> {
                    Mono<Void> sending = out.sendString(pings(101)).then();
                    Mono<Void> receiving =
                            in.receive().asString().doOnNext(received::add).then();
                    return Mono.when(sending, receiving).then(in.receiveCloseStatus());
                })
                .blockFirst(WAIT);

        assertThat(status.code()).isEqualTo(1008);
        assertThat(received)
                .filteredOn(text -> text.contains("\"type\":\"error\""))
                .singleElement()
                .satisfies(error -> assertThat(error)
                        .contains("\"code\":\"RATE_LIMITED\"")
                        .contains("\"message\":")
                        .contains("\"limit\":100"));
        assertThat(received).filteredOn(SocketGuardTest::isPong).hasSizeLessThanOrEqualTo(100);
        await().atMost(WAIT).untilAsserted(() -> assertThat(closed("rate")).isEqualTo(before + 1));
    }

    @Test
    void keepsAConnectionThatSendsAHundredMessages() {
        List<String> replies = connect(false)
                .handle((in, out) -> out.sendString(pings(100))
                        .then()
                        .thenMany(in.receive().asString().take(100)))
                .collectList()
                .block(WAIT);

        assertThat(replies).hasSize(100).allMatch(SocketGuardTest::isPong);
    }

    @Test
    void pingsAndClosesASilentConnectionWith1001() {
        double before = closed("idle");
        AtomicInteger pings = new AtomicInteger();

        WebSocketCloseStatus status = connect(true)
                .handle((in, out) -> in.receiveFrames()
                        .filter(PingWebSocketFrame.class::isInstance)
                        .doOnNext(ping -> pings.incrementAndGet())
                        .then(in.receiveCloseStatus()))
                .blockFirst(WAIT);

        assertThat(status.code()).isEqualTo(1001);
        assertThat(status.reasonText()).contains("idle");
        assertThat(pings).hasValueGreaterThanOrEqualTo(1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(closed("idle")).isEqualTo(before + 1));
    }

    @Test
    void keepsASilentConnectionThatAnswersPings() {
        // Reactor Netty's client answers pings by itself; it stays silent otherwise for over twice the idle timeout.
        String reply = connect(false)
                .handle((in, out) -> Mono.delay(Duration.ofSeconds(11))
                        .then(out.sendString(pings(1)).then())
                        .thenMany(in.receive().asString().take(1)))
                .blockFirst(WAIT);

        assertThat(reply).satisfies(text -> assertThat(isPong(text)).isTrue());
    }

    @Test
    void countsOpenConnectionsAndNormalCloses() {
        double open = registry.get("interview.socket.connections").gauge().value();
        double normal = closed("normal");

        connect(false)
                .handle((in, out) -> out.sendString(pings(1))
                        .then()
                        .thenMany(in.receive().asString().take(1))
                        .doOnNext(pong -> assertThat(registry.get("interview.socket.connections")
                                        .gauge()
                                        .value())
                                .isEqualTo(open + 1)))
                .blockLast(WAIT);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(registry.get("interview.socket.connections").gauge().value())
                    .isEqualTo(open);
            assertThat(closed("normal")).isEqualTo(normal + 1);
        });
    }

    private HttpClient.WebsocketSender connect(boolean keepPingsToItself) {
        return HttpClient.create()
                .websocket(WebsocketClientSpec.builder()
                        .handlePing(keepPingsToItself)
                        .maxFramePayloadLength(256 * KIB)
                        .build())
                .uri("ws://127.0.0.1:" + port + "/ws/interview");
    }

    private double closed(String reason) {
        return registry.get("interview.socket.closed")
                .tag("reason", reason)
                .counter()
                .count();
    }

    private static io.netty.buffer.ByteBuf text(int bytes) {
        return Unpooled.wrappedBuffer("z".repeat(bytes).getBytes(StandardCharsets.UTF_8));
    }

    private static Flux<String> pings(int count) {
        return Flux.range(1, count).map(i -> "{\"type\":\"ping\"}");
    }

    private static boolean isPong(String text) {
        return text.contains("\"type\":\"pong\"");
    }
}
