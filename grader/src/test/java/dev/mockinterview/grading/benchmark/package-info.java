/** JMH benchmarks of the graders; run with the commands in docs/benchmarks.md, never as part of the tests. */
@NullMarked
package dev.mockinterview.grading.benchmark;

import org.jspecify.annotations.NullMarked;
