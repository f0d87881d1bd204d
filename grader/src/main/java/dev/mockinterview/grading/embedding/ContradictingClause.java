package dev.mockinterview.grading.embedding;

/**
 * A clause of the answer that contradicts a key point, found by one of the whole-answer checks (a swapped entity, an
 * opposite, a certainty against a hedge, another quantity, another organisation, a widened or narrowed scope).
 *
 * @param start where the clause starts in the answer (the sanitized answer's offsets are the candidate's own)
 * @param end where it ends
 * @param reason why it contradicts the point, in Chinese, for the candidate
 */
record ContradictingClause(int start, int end, String reason) {}
