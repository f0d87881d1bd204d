package dev.mockinterview.grading.embedding;

/** The in-process embedding model failed; {@link #failure()} says how. */
public final class EmbeddingException extends RuntimeException {

    private final EmbeddingFailure failure;

    EmbeddingException(EmbeddingFailure failure, Throwable cause) {
        super(failure.tag(), cause);
        this.failure = failure;
    }

    public EmbeddingFailure failure() {
        return failure;
    }
}
