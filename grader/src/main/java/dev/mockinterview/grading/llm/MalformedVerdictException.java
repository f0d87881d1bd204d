package dev.mockinterview.grading.llm;

/** The model's reply is not a verdict we can use; {@link #problem()} is what the repair request tells it. */
final class MalformedVerdictException extends RuntimeException {

    private final String problem;

    MalformedVerdictException(String problem, Throwable cause) {
        super(LlmFailure.MALFORMED_VERDICT.tag() + ": " + problem, cause);
        this.problem = problem;
    }

    MalformedVerdictException(String problem) {
        super(LlmFailure.MALFORMED_VERDICT.tag() + ": " + problem);
        this.problem = problem;
    }

    String problem() {
        return problem;
    }
}
