package dev.mockinterview.grading.embedding;

/**
 * An absolute asserted in a sentence of the answer: a certainty ("肯定", "总是") or a completeness ("彻底", "100%").
 *
 * @param word the absolute as the answer says it, for the reason
 * @param clause the index of the sentence's clause it binds
 * @param obligation it says what must be done ("一定要扩词表", "必须", "must always"), not what will hold
 */
record Absolute(String word, int clause, boolean obligation) {}
