package dev.mockinterview.grading.llm;

/** What asking the LLM gave: its checked verdicts, or the reason there are none. */
public sealed interface LlmAttempt {

    record Graded(LlmGrade grade, boolean fromCache) implements LlmAttempt {}

    record Unavailable(LlmFailure failure) implements LlmAttempt {}
}
