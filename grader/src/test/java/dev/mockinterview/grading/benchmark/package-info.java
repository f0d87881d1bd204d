/** JMH benchmarks of the grader; run with the command in docs/benchmarks.md, never as part of the tests. */
@NullMarked
package dev.mockinterview.grading.benchmark;

import org.jspecify.annotations.NullMarked;
