package dev.mockinterview.api.grading;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The {@code grader} a client asks for; {@code auto} is the best one this deployment runs. */
enum GraderChoice {
    EMBEDDING,
    LLM,
    AUTO;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static GraderChoice parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "embedding" -> EMBEDDING;
            case "llm" -> LLM;
            case "auto" -> AUTO;
            default ->
                throw new ApiException(
                        ErrorCode.INVALID_REQUEST,
                        "grader must be embedding, llm or auto.",
                        Map.of("parameter", "grader"));
        };
    }
}
