package dev.mockinterview.grading.embedding;

/** Why the in-process embedding model could not produce vectors. */
public enum EmbeddingFailure {
    MODEL_NOT_LOADED("model_not_loaded"),
    INFERENCE_FAILED("inference_failed");

    private final String tag;

    EmbeddingFailure(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
