package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.Clause;
import dev.mockinterview.grading.lexical.TermExtractor;
import dev.mockinterview.grading.lexical.Terms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the best evidence for a key point among the answer's spans and windows of two neighbouring spans, scoring
 * each by embedding similarity combined with the share of the point's technical terms it names.
 */
final class PointMatcher {

    /** A label ending in a colon ("Top-k 采样：…"), short enough to be a name rather than a sentence. */
    private static final Pattern LABEL = Pattern.compile("^([^：:]{1,16})[：:](.+)$");

    /** Where a point's body divides into claims of its own. */
    private static final Pattern CLAIM_BOUNDARY = Pattern.compile("[，,；;。]");

    private static final int MIN_CLAIM_CHARS = 5;

    private final EmbeddedGraderSettings settings;
    private final EmbeddingCache cache;
    private final TermExtractor terms;

    PointMatcher(EmbeddedGraderSettings settings, EmbeddingCache cache, TermExtractor terms) {
        this.settings = settings;
        this.cache = cache;
        this.terms = terms;
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
    PointMatch match(String point, float[] pointVector, List<Span> candidates, boolean crossLingual) {
        Terms pointTerms = terms.terms(point);
        PointMatch best = PointMatch.none();
        for (Span candidate : candidates) {
            double similarity = Vectors.cosine(pointVector, candidate.vector());
            double lexical = lexical(pointTerms, candidate, crossLingual);
            double strength = strength(similarity, lexical, crossLingual);
            // Prefer the shorter single span when a window adds nothing.
            if (strength > best.strength() + 1e-9) {
                best = new PointMatch(candidate.clause().text(), similarity, lexical, strength);
            }
        }
        // Across languages a claim's few identifiers would carry it alone.
        if (best.strength() >= settings.partialThreshold() || crossLingual) {
            return best;
        }
        return claimMatch(point, pointVector, pointTerms, candidates).orElse(best);
    }

    /**
     * A long point often holds several claims ("定义：…，…；…"): an answer that clearly states one of them in its own
     * words earns part of the point (partial, never covered), though it is far from the whole. For a labelled point
     * ("Top-k 采样：…") the span must name the label, and then needs a little less of the claim, since it says which
     * thing it describes.
     * The claim is judged as a point of its own (its own embedding and terms), so a short claim is not diluted by the
     * rest of a long, bookish point.
     */
    private Optional<PointMatch> claimMatch(
            String point, float[] pointVector, Terms pointTerms, List<Span> candidates) {
        Claims claims = claims(point);
        if (claims.texts().isEmpty()) {
            return Optional.empty();
        }
        List<float[]> vectors = cache.vectors(claims.texts());
        Terms labelTerms = terms.terms(claims.label());
        PointMatch best = null;
        double bestClaim = 0;
        for (int c = 0; c < claims.texts().size(); c++) {
            Terms claimTerms = terms.terms(claims.texts().get(c));
            for (Span candidate : candidates) {
                double similarity = Vectors.cosine(vectors.get(c), candidate.vector());
                double strength = strength(similarity, claimTerms.recallIn(candidate.terms()), false);
                // A labelled point's claim says something of its label: a span about another subject that happens
                // to say it ("显存占用低" of LoRA, said of the KV cache) earns nothing.
                boolean labelled = !labelTerms.isEmpty();
                if (labelled && labelTerms.recallIn(candidate.terms()) < 0.5) {
                    continue;
                }
                double needed = labelled ? settings.labelledClaimThreshold() : settings.claimThreshold();
                if (strength >= needed && strength - needed > bestClaim - 1e-9) {
                    bestClaim = strength - needed;
                    best = new PointMatch(
                            candidate.clause().text(),
                            Vectors.cosine(pointVector, candidate.vector()),
                            pointTerms.recallIn(candidate.terms()),
                            settings.partialThreshold());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * @param label what a point names before its colon ("Top-k 采样"), empty when it has none
     * @param texts the claims of its body, each long enough to say something
     */
    record Claims(String label, List<String> texts) {}

    /** A point's label and the claims of its body, split at clause punctuation (not at "、", which lists examples). */
    static Claims claims(String point) {
        var labelled = LABEL.matcher(point.strip());
        String label = labelled.matches() ? labelled.group(1).strip() : "";
        String body = labelled.matches() ? labelled.group(2).strip() : point.strip();
        List<String> texts = new ArrayList<>();
        for (String piece : CLAIM_BOUNDARY.split(body)) {
            String claim = piece.strip();
            if (claim.isEmpty()) {
                continue;
            }
            if (!texts.isEmpty()
                    && (contentChars(claim) < MIN_CLAIM_CHARS
                            || contentChars(texts.get(texts.size() - 1)) < MIN_CLAIM_CHARS)) {
                texts.set(texts.size() - 1, texts.get(texts.size() - 1) + "，" + claim);
            } else {
                texts.add(claim);
            }
        }
        // The whole point is already matched as such: a single claim without a label adds nothing.
        if (label.isEmpty() && texts.size() < 2) {
            return new Claims("", List.of());
        }
        return new Claims(
                label,
                texts.stream().filter(t -> contentChars(t) >= MIN_CLAIM_CHARS).toList());
    }

    private static int contentChars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static double lexical(Terms pointTerms, Span candidate, boolean crossLingual) {
        return crossLingual ? pointTerms.conceptRecallIn(candidate.terms()) : pointTerms.recallIn(candidate.terms());
    }

    private double semantic(double similarity) {
        return Math.max(
                0,
                Math.min(
                        1,
                        (similarity - settings.semanticFloor())
                                / (settings.semanticCeiling() - settings.semanticFloor())));
    }

    double strength(double similarity, double lexical, boolean crossLingual) {
        double weight = crossLingual ? settings.semanticWeight() / 2 : settings.semanticWeight();
        return weight * semantic(similarity) + (1 - weight) * lexical;
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
