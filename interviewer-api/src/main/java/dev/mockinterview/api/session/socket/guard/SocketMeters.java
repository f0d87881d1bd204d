package dev.mockinterview.api.session.socket.guard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code interview.socket.connections} (open now) and {@code interview.socket.closed{reason}}. */
final class SocketMeters {

    private final AtomicInteger open = new AtomicInteger();
    private final Map<CloseReason, Counter> closed = new EnumMap<>(CloseReason.class);

    SocketMeters(MeterRegistry registry) {
        Gauge.builder("interview.socket.connections", open, AtomicInteger::get)
                .description("WebSocket connections open now")
                .register(registry);
        for (CloseReason reason : CloseReason.values()) {
            closed.put(
                    reason,
                    Counter.builder("interview.socket.closed")
                            .description("WebSocket connections closed, by reason")
                            .tag("reason", reason.tag())
                            .register(registry));
        }
    }

    void opened() {
        open.incrementAndGet();
    }

    void closed(CloseReason reason) {
        open.decrementAndGet();
        closed.get(reason).increment();
    }
}
