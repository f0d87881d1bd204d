package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.Clause;
import dev.mockinterview.grading.lexical.Terms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the best evidence for a key point among the answer's spans and windows of two neighbouring spans, scoring
 * each by embedding similarity combined with the share of the point's technical terms it names.
 */
final class PointMatcher {

    private final EmbeddedGraderSettings settings;

    PointMatcher(EmbeddedGraderSettings settings) {
        this.settings = settings;
    }

    /** Spans plus windows of two neighbours, so a point explained across a clause boundary is seen whole. */
    static List<Span> candidates(String answer, List<Span> spans) {
        List<Span> candidates = new ArrayList<>(spans);
        for (int i = 0; i + 1 < spans.size(); i++) {
            Span first = spans.get(i);
            Span second = spans.get(i + 1);
            int start = first.clause().start();
            int end = second.clause().end();
            candidates.add(new Span(
                    new Clause(answer.substring(start, end), start, end),
                    Vectors.mean(first.vector(), second.vector()),
                    union(first.terms(), second.terms())));
        }
        return candidates;
    }

    /**
     * @param crossLingual the answer is in another language than the point: embeddings of bge-small-zh carry little
     *     across languages, so the glossary concepts and identifiers weigh more
     */
    PointMatch match(float[] point, Terms pointTerms, List<Span> candidates, boolean crossLingual) {
        PointMatch best = PointMatch.none();
        for (Span candidate : candidates) {
            double similarity = Vectors.cosine(point, candidate.vector());
            double lexical = crossLingual
                    ? pointTerms.conceptRecallIn(candidate.terms())
                    : pointTerms.recallIn(candidate.terms());
            double strength = strength(similarity, lexical, crossLingual);
            // Prefer the shorter single span when a window adds nothing.
            if (strength > best.strength() + 1e-9) {
                best = new PointMatch(candidate.clause().text(), similarity, lexical, strength);
            }
        }
        return best;
    }

    double strength(double similarity, double lexical, boolean crossLingual) {
        double semantic = Math.max(
                0,
                Math.min(
                        1,
                        (similarity - settings.semanticFloor())
                                / (settings.semanticCeiling() - settings.semanticFloor())));
        double weight = crossLingual ? settings.semanticWeight() / 2 : settings.semanticWeight();
        return weight * semantic + (1 - weight) * lexical;
    }

    private static Terms union(Terms a, Terms b) {
        return new Terms(
                join(a.identifiers(), b.identifiers()),
                join(a.concepts(), b.concepts()),
                join(a.bigrams(), b.bigrams()));
    }

    private static Set<String> join(Set<String> a, Set<String> b) {
        Set<String> joined = new HashSet<>(a);
        joined.addAll(b);
        return joined;
    }
}
