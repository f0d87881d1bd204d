package dev.mockinterview.grading;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the answer did with one key point of the rubric. */
public enum PointStatus {
    COVERED,
    PARTIAL,
    MISSED,
    /** The answer states something about this point that contradicts the reference. */
    INCORRECT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
