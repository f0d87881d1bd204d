package dev.mockinterview.bank.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups entry ids into clusters: union-find over the pairs it is told are the same question. Clusters and their
 * members keep the order in which the ids were first added, so the result is deterministic.
 */
public final class Clustering {

    private final Map<String, String> parent = new LinkedHashMap<>();

    public void add(String id) {
        parent.putIfAbsent(id, id);
    }

    /** Joins two ids; ids not added before are ignored, so a merge list may name entries a document lacks. */
    public boolean join(String a, String b) {
        if (!parent.containsKey(a) || !parent.containsKey(b)) {
            return false;
        }
        String rootA = root(a);
        String rootB = root(b);
        if (!rootA.equals(rootB)) {
            parent.put(rootB, rootA);
        }
        return true;
    }

    public List<List<String>> clusters() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String id : parent.keySet()) {
            groups.computeIfAbsent(root(id), r -> new ArrayList<>()).add(id);
        }
        return groups.values().stream().map(List::copyOf).toList();
    }

    /** A map from each id to the first id of its cluster. */
    public Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        for (List<String> cluster : clusters()) {
            cluster.forEach(id -> labels.put(id, cluster.get(0)));
        }
        return labels;
    }

    private String root(String id) {
        String current = id;
        while (!parent.get(current).equals(current)) {
            current = parent.get(current);
        }
        parent.put(id, current);
        return current;
    }
}
