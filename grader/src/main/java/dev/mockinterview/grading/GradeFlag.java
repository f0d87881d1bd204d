package dev.mockinterview.grading;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a careful human grader would notice about an answer, beyond its content. */
public enum GradeFlag {
    EMPTY,
    OFF_TOPIC,
    COPIED_QUESTION,
    COPIED_REFERENCE,
    KEYWORD_STUFFING,
    PROMPT_INJECTION,
    LANGUAGE_MISMATCH,
    /** The LLM could not answer; the grade comes from the embedded grader. */
    LLM_UNAVAILABLE,
    /** The LLM's verdicts and the embedded grader's disagree strongly. */
    GRADER_DISAGREEMENT,
    /** The reference is known to be wrong or thin, so no point was marked incorrect against it. */
    UNTRUSTED_REFERENCE,
    /** The embedded grader could not tell; a human (or an LLM) should look. */
    LOW_CONFIDENCE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
