package dev.mockinterview.grading.evaluation;

/** A development or attack set that cannot be evaluated as written. */
final class DevsetException extends RuntimeException {

    private final DevsetProblem problem;

    DevsetException(DevsetProblem problem, String detail) {
        super(problem + ": " + detail);
        this.problem = problem;
    }

    DevsetException(DevsetProblem problem, String detail, Throwable cause) {
        super(problem + ": " + detail, cause);
        this.problem = problem;
    }

    DevsetProblem problem() {
        return problem;
    }
}
