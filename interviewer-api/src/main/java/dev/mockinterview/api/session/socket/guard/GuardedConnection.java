package dev.mockinterview.api.session.socket.guard;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One guarded connection: watches what arrives, pings, and closes the connection once, with the status of the first
 * limit it broke. Every decision to close goes through {@link #refuse}, and only {@link #enforced} closes.
 */
final class GuardedConnection {

    private final WebSocketSession session;
    private final SocketPolicy policy;
    private final MessageRate rate;
    private final AtomicReference<@Nullable CloseReason> verdict = new AtomicReference<>();
    private final Sinks.One<CloseReason> verdicts = Sinks.one();
    private final Mono<Void> enforced;
    private volatile long lastArrival = System.nanoTime();

    GuardedConnection(WebSocketSession session, SocketPolicy policy) {
        this.session = session;
        this.policy = policy;
        this.rate = new MessageRate(
                policy.limits().maxMessages(), policy.limits().rateWindow().toNanos());
        this.enforced = verdicts.asMono().flatMap(this::enforce).cache();
    }

    /**
     * What the guarded handler receives: text and binary messages within the rate. Pongs only prove the peer is
     * alive (pings are answered by Netty and never get here). After a verdict nothing more is passed on, and the
     * stream ends only once the connection is closed with the verdict's status, so the handler finishing cannot
     * close it first with another status.
     */
    Flux<WebSocketMessage> receive() {
        return session.receive()
                .doOnNext(message -> lastArrival = System.nanoTime())
                .filter(this::admit)
                .onErrorResume(OversizedFrames::isTooBig, tooBig -> {
                    refuse(CloseReason.SIZE);
                    return enforced.thenMany(Flux.empty());
                });
    }

    /** Pings while the connection lives, closes it when it falls silent, and carries out a verdict. */
    Mono<Void> watch() {
        Duration every = policy.limits().pingInterval();
        Mono<Void> pings = Flux.interval(every, every)
                .concatMap(tick -> session.send(Mono.just(session.pingMessage(buffers -> buffers.allocateBuffer(0)))))
                .then()
                .onErrorResume(closed -> Mono.empty());
        Mono<Void> idle = Mono.defer(() -> Mono.delay(untilIdle()))
                .repeat(() -> !untilIdle().isZero())
                .then(Mono.fromRunnable(() -> refuse(CloseReason.IDLE)));
        return Mono.when(pings, idle, enforced);
    }

    /** The reason this connection ended: the verdict if the guard closed it, otherwise normal. */
    CloseReason reason() {
        CloseReason reason = verdict.get();
        return reason == null ? CloseReason.NORMAL : reason;
    }

    private boolean admit(WebSocketMessage message) {
        if (verdict.get() != null || message.getType() == WebSocketMessage.Type.PONG) {
            return false;
        }
        if (!rate.admit(lastArrival)) {
            refuse(CloseReason.RATE);
            return false;
        }
        return true;
    }

    private Duration untilIdle() {
        long silentFor = System.nanoTime() - lastArrival;
        long left = policy.limits().idleTimeout().toNanos() - silentFor;
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /** Closes the connection for this reason, unless it is already being closed for another. */
    void refuse(CloseReason reason) {
        if (verdict.compareAndSet(null, reason)) {
            verdicts.tryEmitValue(reason);
        }
    }

    private Mono<Void> enforce(CloseReason reason) {
        CloseStatus status = policy.closeStatus(reason);
        Mono<Void> close = session.close(status).onErrorResume(closed -> Mono.empty());

        if (reason != CloseReason.RATE) {
            return close;
        }
        return session.send(Mono.just(session.textMessage(policy.rateLimitedError())))
                .onErrorResume(closed -> Mono.empty())
                .then(close);
    }
}
