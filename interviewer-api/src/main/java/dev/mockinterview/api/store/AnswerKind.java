package dev.mockinterview.api.store;

import java.util.Locale;

/** The first answer to a question, a supplement asked for by a follow-up, or a fresh retry. */
public enum AnswerKind {
    ANSWER,
    FOLLOW_UP,
    RETRY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AnswerKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
