package dev.mockinterview.api.session.socket.guard;

import java.util.Map;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.HandshakeInfo;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The session a guarded handler sees: the real one, except that {@code receive()} goes through the guard. */
final class GuardedSession implements WebSocketSession {

    private final WebSocketSession session;
    private final GuardedConnection connection;

    GuardedSession(WebSocketSession session, GuardedConnection connection) {
        this.session = session;
        this.connection = connection;
    }

    @Override
    public Flux<WebSocketMessage> receive() {
        return connection.receive();
    }

    @Override
    public String getId() {
        return session.getId();
    }

    @Override
    public HandshakeInfo getHandshakeInfo() {
        return session.getHandshakeInfo();
    }

    @Override
    public DataBufferFactory bufferFactory() {
        return session.bufferFactory();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return session.getAttributes();
    }

    @Override
    public Mono<Void> send(Publisher<WebSocketMessage> messages) {
        return session.send(messages);
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public Mono<Void> close(CloseStatus status) {
        return session.close(status);
    }

    @Override
    public Mono<CloseStatus> closeStatus() {
        return session.closeStatus();
    }

    @Override
    public WebSocketMessage textMessage(String payload) {
        return session.textMessage(payload);
    }

    @Override
    public WebSocketMessage binaryMessage(Function<DataBufferFactory, DataBuffer> payloadFactory) {
        return session.binaryMessage(payloadFactory);
    }

    @Override
    public WebSocketMessage pingMessage(Function<DataBufferFactory, DataBuffer> payloadFactory) {
        return session.pingMessage(payloadFactory);
    }

    @Override
    public WebSocketMessage pongMessage(Function<DataBufferFactory, DataBuffer> payloadFactory) {
        return session.pongMessage(payloadFactory);
    }

    @Override
    public String toString() {
        return "GuardedSession[" + session + "]";
    }
}
