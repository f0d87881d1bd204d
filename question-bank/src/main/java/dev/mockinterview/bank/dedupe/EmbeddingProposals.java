package dev.mockinterview.bank.dedupe;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Proposes near-duplicate pairs by the cosine similarity of question embeddings (the bundled bge-small-zh model).
 * This runs in the curation and measuring step only: a person confirms proposals into {@code bank/merges.tsv}, and the
 * bank build never loads the model.
 */
public final class EmbeddingProposals {

    /** A proposed pair with its cosine similarity. */
    public record Proposal(String first, String second, double cosine) {
        public EntryPair pair() {
            return new EntryPair(first, second, String.format(Locale.ROOT, "cosine %.3f", cosine));
        }
    }

    private final List<DuplicateGrouping.Item> items;
    private final float[][] vectors;

    public EmbeddingProposals(EmbeddingModel model, List<DuplicateGrouping.Item> items) {
        this.items = List.copyOf(items);
        List<TextSegment> segments =
                items.stream().map(i -> TextSegment.from(i.question())).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        this.vectors = new float[embeddings.size()][];
        for (int i = 0; i < embeddings.size(); i++) {
            vectors[i] = normalised(embeddings.get(i).vector());
        }
    }

    /** Every pair at or above the threshold, most similar first. */
    public List<Proposal> above(double threshold) {
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                double cosine = cosine(i, j);
                if (cosine >= threshold) {
                    proposals.add(new Proposal(items.get(i).id(), items.get(j).id(), cosine));
                }
            }
        }
        proposals.sort(Comparator.comparingDouble(Proposal::cosine).reversed());
        return proposals;
    }

    public double cosine(int i, int j) {
        double dot = 0;
        for (int k = 0; k < vectors[i].length; k++) {
            dot += vectors[i][k] * vectors[j][k];
        }
        return dot;
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = vector[i] * scale;
        }
        return out;
    }
}
