package dev.mockinterview.api.session.interview;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which connection of this instance holds which session. Holding a session another connection held takes it over:
 * that one is told and closed. (A holder on another instance finds out on its next move, by the session's version.)
 */
final class LiveSessions {

    static final String ACTIVE = "interview.session.active";

    private final Map<UUID, Conversation> holders = new ConcurrentHashMap<>();

    LiveSessions(MeterRegistry registry) {
        Gauge.builder(ACTIVE, holders, Map::size)
                .description("Sessions in progress on connections of this instance")
                .register(registry);
    }

    void hold(UUID sessionId, Conversation conversation) {
        Conversation previous = holders.put(sessionId, conversation);
        if (previous != null && previous != conversation) {
            previous.takenOver(sessionId);
        }
    }

    void release(UUID sessionId, Conversation conversation) {
        holders.remove(sessionId, conversation);
    }
}
