package dev.mockinterview.grading.llm;

import dev.mockinterview.grading.GradeResult;

/** What asking the LLM gave: a grade from its verdicts, or the reason there is none. */
public sealed interface LlmAttempt {

    record Graded(GradeResult result, boolean fromCache) implements LlmAttempt {}

    record Unavailable(LlmFailure failure) implements LlmAttempt {}
}
