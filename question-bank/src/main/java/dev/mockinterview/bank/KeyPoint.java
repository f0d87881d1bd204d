package dev.mockinterview.bank;

/**
 * One self-contained statement of the rubric.
 *
 * @param sourceLine the line of the reference document the point was taken from, 0 when curated
 */
public record KeyPoint(String text, double weight, boolean required, int sourceLine) {}
