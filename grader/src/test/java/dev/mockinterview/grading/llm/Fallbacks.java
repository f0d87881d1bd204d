package dev.mockinterview.grading.llm;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.embedding.EmbeddedGrader;
import dev.mockinterview.grading.embedding.EmbeddedGraderSettings;

/** The grader the LLM grader falls back to in these tests: the real embedded grader with the bundled model. */
public final class Fallbacks {

    private Fallbacks() {}

    public static AnswerGrader embedded() {
        return Loaded.GRADER;
    }

    /** Loaded once per test JVM (about a second); the grader is thread-safe and keeps only caches. */
    private static final class Loaded {
        static final EmbeddedGrader GRADER =
                new EmbeddedGrader(new BgeSmallZhV15QuantizedEmbeddingModel(), EmbeddedGraderSettings.defaults());
    }
}
