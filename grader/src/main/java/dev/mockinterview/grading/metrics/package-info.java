/** Micrometer metrics of grading: latency per grader, LLM calls by outcome, fallbacks, circuit state, flags. */
@NullMarked
package dev.mockinterview.grading.metrics;

import org.jspecify.annotations.NullMarked;
