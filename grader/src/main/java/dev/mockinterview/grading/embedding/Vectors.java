package dev.mockinterview.grading.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;

/** Unit-length embeddings and their cosine similarity. */
final class Vectors {

    private Vectors() {}

    static float[] embed(EmbeddingModel model, String text) {
        return unit(model.embed(text).content().vector());
    }

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
        }
        return unit;
    }

    static float[] mean(float[] a, float[] b) {
        float[] sum = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return unit(sum);
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
