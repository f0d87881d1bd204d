package dev.mockinterview.grading.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Vectors of all texts; those not cached yet are embedded together in one call. */
    List<float[]> vectors(List<String> texts) {
        List<String> missing;
        synchronized (vectors) {
            missing = texts.stream()
                    .filter(t -> !vectors.containsKey(t))
                    .distinct()
                    .toList();
        }
        if (!missing.isEmpty()) {
            List<Embedding> embedded = model.embedAll(
                            missing.stream().map(TextSegment::from).toList())
                    .content();
            synchronized (vectors) {
                for (int i = 0; i < missing.size(); i++) {
                    vectors.put(missing.get(i), Vectors.unit(embedded.get(i).vector()));
                }
            }
        }
        return texts.stream().map(this::vector).toList();
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
}
