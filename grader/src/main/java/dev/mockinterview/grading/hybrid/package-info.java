/** The {@code auto} grader when an LLM is configured: the LLM's verdicts, cross-checked by the embedded grader. */
@NullMarked
package dev.mockinterview.grading.hybrid;

import org.jspecify.annotations.NullMarked;
