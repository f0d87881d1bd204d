package dev.mockinterview.grading.embedding;

/**
 * How well one key point is matched by its best span of the answer.
 *
 * @param evidence the best span, a verbatim quote of the answer; empty when the answer has none
 * @param similarity cosine similarity of point and span embeddings
 * @param lexical share of the point's terms the span names, 0 to 1
 * @param strength the combined match strength the thresholds apply to
 */
record PointMatch(String evidence, double similarity, double lexical, double strength) {

    static PointMatch none() {
        return new PointMatch("", 0, 0, 0);
    }
}
