package dev.mockinterview.bank.dedupe;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.mockinterview.bank.review.ReviewEntry;
import dev.mockinterview.bank.review.ReviewIndex;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures deduplication against the review file's clusters, pairwise: exact keys alone, embedding proposals alone,
 * and exact keys plus the confirmed merge list (what the build does).
 */
public final class DedupeMeasurement {

    private final List<DuplicateGrouping.Item> items;
    private final Map<String, String> reference;

    public DedupeMeasurement(ReviewIndex review) {
        this.items = review.entries().stream()
                .map(e -> new DuplicateGrouping.Item(e.id(), e.question()))
                .toList();
        Map<String, String> labels = new HashMap<>();
        for (ReviewEntry entry : review.entries()) {
            labels.put(entry.id(), entry.cluster());
        }
        this.reference = Map.copyOf(labels);
    }

    public List<DuplicateGrouping.Item> items() {
        return items;
    }

    public Map<String, String> reference() {
        return reference;
    }

    public PairwiseAgreement exactOnly() {
        return PairwiseAgreement.of(DuplicateGrouping.exactOnly(items).labels(), reference);
    }

    public PairwiseAgreement exactAndMerges(EntryPairs merges) {
        return PairwiseAgreement.of(new DuplicateGrouping(merges).group(items).labels(), reference);
    }

    /** The proposals as pairs, not closed under transitivity: what a curator is shown. */
    public PairwiseAgreement embeddingsAlone(EmbeddingProposals proposals, double threshold) {
        Set<EntryPair> pairs = new HashSet<>();
        proposals.above(threshold).forEach(p -> pairs.add(p.pair()));
        return PairwiseAgreement.of(pairs, reference);
    }

    public EmbeddingProposals proposals(EmbeddingModel model) {
        return new EmbeddingProposals(model, items);
    }

    /** True when the reference puts the two entries together. */
    public boolean sameCluster(String a, String b) {
        return reference.get(a) != null && reference.get(a).equals(reference.get(b));
    }
}
