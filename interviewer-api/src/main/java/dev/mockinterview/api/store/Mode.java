package dev.mockinterview.api.store;

import java.util.Locale;

/** How answers are graded during a session: one by one before the next question, or all in the background. */
public enum Mode {
    PRACTICE,
    EXAM;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Mode fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
