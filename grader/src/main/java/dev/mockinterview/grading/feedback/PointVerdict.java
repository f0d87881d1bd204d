package dev.mockinterview.grading.feedback;

import dev.mockinterview.grading.KeyPointResult;

/**
 * A key point's result with why the grader decided it.
 *
 * @param reason why the point is incorrect or uncertain, in Chinese; empty when there is nothing to add
 * @param uncertain the grader could not tell covered from partial and said partial
 */
public record PointVerdict(KeyPointResult result, String reason, boolean uncertain) {}
