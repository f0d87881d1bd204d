package dev.mockinterview.api.grading;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/grade}: either {@code questionId} of a bank question, or an inline
 * {@code question} with its {@code referenceAnswer} and optional {@code keyPoints}.
 *
 * @param grader {@code embedding}, {@code llm} or {@code auto} (the default)
 */
public record GradeBody(
        @Nullable String questionId,
        @Nullable String question,
        @Nullable String referenceAnswer,
        @Nullable List<String> keyPoints,
        @Nullable String answer,
        @Nullable String grader) {}
