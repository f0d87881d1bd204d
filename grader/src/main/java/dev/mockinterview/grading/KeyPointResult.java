package dev.mockinterview.grading;

/**
 * The verdict on one key point.
 *
 * @param evidence the candidate's own words that support the status, verified to be a quote of the answer;
 *     empty when the point was missed
 */
public record KeyPointResult(String text, PointStatus status, String evidence) {}
