package dev.mockinterview.grading;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which grader produced a result; {@code HYBRID} is the LLM's verdicts cross-checked by the embedded grader. */
public enum GraderKind {
    EMBEDDING,
    LLM,
    HYBRID;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
