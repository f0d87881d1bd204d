package dev.mockinterview.bank;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far a question's reference answer can be trusted as a grading rubric. */
public enum QualityStatus {
    /** Correct and substantial: safe to grade against and to serve in default interviews. */
    TRUSTED,
    /** Factually wrong or fabricated: never used to mark a candidate's answer incorrect. */
    WRONG,
    /** Correct but too thin to make a full rubric. */
    SHALLOW,
    /** No usable reference answer at all. */
    UNANSWERED,
    /** Experience or behavioural question: no fixed rubric. */
    EXPERIENCE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QualityStatus fromWireName(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
