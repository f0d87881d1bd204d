package dev.mockinterview.bank;

/** A topic of the taxonomy with the number of questions the bank holds under it. */
public record Topic(String id, String name, int count) {}
