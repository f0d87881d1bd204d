package dev.mockinterview.bank;

/** Where a question entry was read from: the document's file name and the 1-based line of the question. */
public record Source(String document, int line) {}
