package dev.mockinterview.api.session.interview;

import java.util.Locale;

/** Whether the next question follows a grade by itself, or waits for the candidate's {@code next}. */
enum Pace {
    AUTO,
    MANUAL;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Pace fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
