package dev.mockinterview.grading.embedding;

/**
 * The calibrated settings of the embedded grader; {@link #defaults()} holds the values measured on our tuning
 * examples (see docs/grading.md).
 *
 * @param coveredThreshold match strength from which a point is covered
 * @param partialThreshold match strength from which a point is partly covered
 * @param lowConfidenceBand below {@code coveredThreshold} by at most this much, the grader cannot tell covered from
 *     partial when its two signals disagree: the point is partial and flagged {@code low_confidence}
 * @param semanticFloor cosine similarity that counts as no semantic match (bge-small-zh rarely goes below it)
 * @param semanticCeiling cosine similarity that counts as a full semantic match
 * @param semanticWeight share of the match strength given by embeddings; the rest is lexical
 * @param offTopicSimilarity below this similarity of the answer to question and reference, with no point matched,
 *     the answer is off topic
 * @param cacheSize how many reference and key-point embeddings are kept
 * @param minSpanChars clauses shorter than this are merged with the next one
 * @param maxSpanChars merged spans stay at most this long
 * @param maxKeyPoints how many key points are made from a reference that comes without them
 * @param claimThreshold strength with which one claim of a long point (its body split at "，；") must be matched,
 *     judged as a point of its own, for the point to be partial when the whole point is not
 * @param labelledClaimThreshold the same for a point with a label (before "："), whose claims count only in a span
 *     that names the label; not above {@code claimThreshold}
 */
public record EmbeddedGraderSettings(
        double coveredThreshold,
        double partialThreshold,
        double lowConfidenceBand,
        double semanticFloor,
        double semanticCeiling,
        double semanticWeight,
        double offTopicSimilarity,
        int cacheSize,
        int minSpanChars,
        int maxSpanChars,
        int maxKeyPoints,
        double claimThreshold,
        double labelledClaimThreshold) {

    public EmbeddedGraderSettings {
        if (!(partialThreshold < coveredThreshold) || !(semanticFloor < semanticCeiling)) {
            throw new IllegalArgumentException("thresholds must be ordered: partial < covered, floor < ceiling");
        }
        if (semanticWeight < 0
                || semanticWeight > 1
                || cacheSize < 1
                || minSpanChars < 1
                || maxSpanChars < minSpanChars
                || maxKeyPoints < 1
                || labelledClaimThreshold > claimThreshold) {
            throw new IllegalArgumentException("invalid embedded grader settings");
        }
    }

    public static EmbeddedGraderSettings defaults() {
        return new EmbeddedGraderSettings(0.45, 0.30, 0.08, 0.50, 0.90, 0.50, 0.62, 4096, 8, 48, 8, 0.45, 0.35);
    }
}
