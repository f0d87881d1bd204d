package dev.mockinterview.grading.embedding;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * One embedded grader with the bundled model and default settings for every test in the JVM: loading the ONNX model
 * takes about a second and a hundred megabytes, and test classes (with a new instance per test method) each loaded
 * their own. The grader is thread-safe and its caches change no grade.
 */
public final class SharedEmbeddedGrader {

    private SharedEmbeddedGrader() {}

    public static EmbeddedGrader get() {
        return Holder.GRADER;
    }

    private static final class Holder {
        static final EmbeddedGrader GRADER = new EmbeddedGrader(
                new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run), EmbeddedGraderSettings.defaults());
    }
}
