package dev.mockinterview.grading.embedding;

/**
 * An absolute asserted in a sentence of the answer: a certainty ("肯定", "总是") or a completeness ("彻底", "100%").
 *
 * @param word the absolute as the answer says it, for the reason
 * @param clause the index of the sentence's clause it binds
 */
record Absolute(String word, int clause) {}
