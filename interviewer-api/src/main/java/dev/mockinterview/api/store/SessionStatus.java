package dev.mockinterview.api.store;

import java.util.Locale;

public enum SessionStatus {
    ACTIVE,
    FINISHED,
    ABANDONED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SessionStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
