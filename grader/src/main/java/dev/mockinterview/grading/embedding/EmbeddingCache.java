package dev.mockinterview.grading.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Embeddings of texts that come back for every answer (references, key points, questions), kept in a bounded
 * least-recently-used map. Thread-safe; two threads may embed the same new text once each, which is harmless.
 */
final class EmbeddingCache {

    private final EmbeddingModel model;
    private final Map<String, float[]> vectors;

    EmbeddingCache(EmbeddingModel model, int capacity) {
        this.model = model;
        this.vectors = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    float[] vector(String text) {
        synchronized (vectors) {
            float[] cached = vectors.get(text);
            if (cached != null) {
                return cached;
            }
        }
        float[] computed = Vectors.embed(model, text);
        synchronized (vectors) {
            vectors.put(text, computed);
        }
        return computed;
    }

    int size() {
        synchronized (vectors) {
            return vectors.size();
        }
    }
}
