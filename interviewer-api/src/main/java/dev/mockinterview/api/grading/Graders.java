package dev.mockinterview.api.grading;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.grading.AnswerGrader;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The graders this deployment runs.
 *
 * @param llm present only when an LLM endpoint is configured
 * @param auto what {@code auto} means here: the hybrid grader with an LLM, the embedded grader without
 */
record Graders(AnswerGrader embedding, @Nullable AnswerGrader llm, AnswerGrader auto) {

    AnswerGrader select(GraderChoice choice) {
        return switch (choice) {
            case EMBEDDING -> embedding;
            case AUTO -> auto;
            case LLM -> {
                if (llm == null) {
                    throw new ApiException(
                            ErrorCode.GRADER_NOT_CONFIGURED,
                            "No LLM is configured on this server (interview.grader.llm.base-url); use grader"
                                    + " embedding or auto.",
                            Map.of("grader", choice.wireName()));
                }
                yield llm;
            }
        };
    }
}
