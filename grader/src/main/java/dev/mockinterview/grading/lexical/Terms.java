package dev.mockinterview.grading.lexical;

import java.util.Set;

/**
 * The lexical content of a text.
 *
 * @param identifiers English words and identifiers that are not stop words (lower case: "lora", "kv", "rmsnorm")
 * @param concepts glossary concepts named in either language
 * @param bigrams CJK character bigrams without function characters
 */
public record Terms(Set<String> identifiers, Set<String> concepts, Set<String> bigrams) {

    public Terms {
        identifiers = Set.copyOf(identifiers);
        concepts = Set.copyOf(concepts);
        bigrams = Set.copyOf(bigrams);
    }

    public boolean isEmpty() {
        return identifiers.isEmpty() && concepts.isEmpty() && bigrams.isEmpty();
    }

    /**
     * How much of this text's content the other text names, 0 to 1: concepts and identifiers weigh more than
     * bigrams because they are the technical terms a human listens for.
     */
    public double recallIn(Terms other) {
        double weight = 0;
        double found = 0;
        for (String identifier : identifiers) {
            weight += 2;
            found += other.identifiers.contains(identifier) ? 2 : 0;
        }
        for (String concept : concepts) {
            weight += 2;
            found += other.concepts.contains(concept) ? 2 : 0;
        }
        for (String bigram : bigrams) {
            weight += 1;
            found += other.bigrams.contains(bigram) ? 1 : 0;
        }
        return weight == 0 ? 0 : found / weight;
    }

    /** Like {@link #recallIn} without bigrams: what can match across languages. */
    public double conceptRecallIn(Terms other) {
        double weight = identifiers.size() + concepts.size();
        if (weight == 0) {
            return 0;
        }
        long found = identifiers.stream().filter(other.identifiers::contains).count()
                + concepts.stream().filter(other.concepts::contains).count();
        return found / weight;
    }

    /** The share of this text's bigrams that the other text also has. */
    public double bigramShareIn(Terms other) {
        if (bigrams.isEmpty()) {
            return 0;
        }
        long shared = bigrams.stream().filter(other.bigrams::contains).count();
        return (double) shared / bigrams.size();
    }
}
