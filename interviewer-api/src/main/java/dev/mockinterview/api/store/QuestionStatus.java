package dev.mockinterview.api.store;

import java.util.Locale;

/** Where an asked question stands; only {@link #PENDING} moves, to one of the others, once. */
public enum QuestionStatus {
    PENDING,
    ANSWERED,
    SKIPPED,
    TIMED_OUT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static QuestionStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
