package dev.mockinterview.bank.rubric;

/** One line of a reference answer and the 1-based line of the source document it came from (0 when unknown). */
public record AnswerLine(String text, int sourceLine) {}
