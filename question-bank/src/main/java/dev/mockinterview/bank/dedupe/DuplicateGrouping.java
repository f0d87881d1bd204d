package dev.mockinterview.bank.dedupe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bank's deduplication: entries whose questions have the same {@link ComparisonKey} are one question, and so are
 * the pairs of a curated merge list. No model is involved, so the build is fast and the same on every run.
 */
public final class DuplicateGrouping {

    /** An entry to group: its id and its question wording. */
    public record Item(String id, String question) {}

    private final EntryPairs merges;

    public DuplicateGrouping(EntryPairs merges) {
        this.merges = merges;
    }

    public Clustering group(List<Item> items) {
        Clustering clustering = exactOnly(items);
        for (EntryPair pair : merges.pairs()) {
            clustering.join(pair.first(), pair.second());
        }
        return clustering;
    }

    public static Clustering exactOnly(List<Item> items) {
        Clustering clustering = new Clustering();
        Map<String, String> firstByKey = new HashMap<>();
        for (Item item : items) {
            clustering.add(item.id());
            String key = ComparisonKey.of(item.question());
            if (key.isEmpty()) {
                continue;
            }
            String first = firstByKey.putIfAbsent(key, item.id());
            if (first != null) {
                clustering.join(first, item.id());
            }
        }
        return clustering;
    }
}
