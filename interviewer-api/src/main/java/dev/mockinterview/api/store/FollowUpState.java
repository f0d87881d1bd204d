package dev.mockinterview.api.store;

import java.util.Locale;

/** Where the one follow-up a question may get stands; none at all is the absence of a state. */
public enum FollowUpState {
    OFFERED,
    DECLINED;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FollowUpState fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
