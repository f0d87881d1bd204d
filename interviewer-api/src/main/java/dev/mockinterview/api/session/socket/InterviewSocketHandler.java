package dev.mockinterview.api.session.socket;

import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.api.security.Caller;
import dev.mockinterview.api.session.interview.ClientMessage;
import dev.mockinterview.api.session.interview.Conversation;
import dev.mockinterview.api.session.interview.InterviewConductor;
import java.util.Map;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Mono;

/**
 * {@code /ws/interview}: one {@link Conversation} per connection; text frames in, one JSON message per frame out.
 * Connection limits (frame size, message rate, idle) wrap this handler; it knows nothing of them.
 */
public final class InterviewSocketHandler implements WebSocketHandler {

    private final InterviewConductor conductor;
    private final MessageCodec codec;

    InterviewSocketHandler(InterviewConductor conductor, MessageCodec codec) {
        this.conductor = conductor;
        this.codec = codec;
    }

    @Override
    public Mono<Void> handle(WebSocketSession session) {
        Conversation conversation = conductor.open(Caller.from(session.getAttributes()));
        Mono<Void> output = session.send(conversation.outbound().map(m -> session.textMessage(codec.write(m))))
                .then(Mono.defer(() -> conversation
                        .closeCode()
                        .map(code -> session.close(new CloseStatus(code, ErrorCode.SESSION_TAKEN_OVER.name())))
                        .orElse(Mono.empty())));
        Mono<Void> input = conversation.consume(session.receive().map(this::read));
        return Mono.when(input, output);
    }

    private ClientMessage read(WebSocketMessage frame) {
        if (frame.getType() != WebSocketMessage.Type.TEXT) {
            return new ClientMessage.Invalid(ErrorCode.INVALID_MESSAGE, "Messages are JSON in text frames.", Map.of());
        }
        return codec.read(frame.getPayloadAsText());
    }
}
