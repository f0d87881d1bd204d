package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.Clause;
import dev.mockinterview.grading.lexical.Terms;

/** A stretch of the answer that may be the evidence for a key point, with its embedding and terms. */
record Span(Clause clause, float[] vector, Terms terms) {}
