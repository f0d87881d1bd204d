package dev.mockinterview.bank.dedupe;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise precision and recall of a clustering against reference labels: every pair of entries put together is a
 * predicted pair; a pair is true when the reference puts both entries in the same cluster.
 */
public record PairwiseAgreement(long truePairs, long predictedPairs, long referencePairs) {

    public static PairwiseAgreement of(Set<EntryPair> predicted, Map<String, String> reference) {
        Set<EntryPair> referencePairs = pairsOf(reference);
        Set<EntryPair> unlabelled = new HashSet<>();
        predicted.forEach(p -> unlabelled.add(new EntryPair(p.first(), p.second(), "")));
        long hits = unlabelled.stream().filter(referencePairs::contains).count();
        return new PairwiseAgreement(hits, unlabelled.size(), referencePairs.size());
    }

    public static PairwiseAgreement of(Map<String, String> predicted, Map<String, String> reference) {
        return of(pairsOf(predicted), reference);
    }

    /** Every unordered pair of ids that share a label (reasons left empty). */
    public static Set<EntryPair> pairsOf(Map<String, String> labels) {
        List<String> ids = labels.keySet().stream().sorted().toList();
        Set<EntryPair> pairs = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (labels.get(ids.get(i)).equals(labels.get(ids.get(j)))) {
                    pairs.add(new EntryPair(ids.get(i), ids.get(j), ""));
                }
            }
        }
        return pairs;
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) truePairs / predictedPairs;
    }

    public double recall() {
        return referencePairs == 0 ? 1.0 : (double) truePairs / referencePairs;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "precision %.3f (%d/%d), recall %.3f (%d/%d)",
                precision(),
                truePairs,
                predictedPairs,
                recall(),
                truePairs,
                referencePairs);
    }
}
