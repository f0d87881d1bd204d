package dev.mockinterview.api.session.store;

import java.util.Locale;

public enum SessionStatus {
    ACTIVE,
    FINISHED,
    ABANDONED;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SessionStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
