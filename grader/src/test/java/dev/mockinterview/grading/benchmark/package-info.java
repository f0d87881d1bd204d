/** JMH benchmarks of the graders; run through {@link dev.mockinterview.grading.benchmark.EmbeddedGraderBenchmark#main}. */
@NullMarked
package dev.mockinterview.grading.benchmark;

import org.jspecify.annotations.NullMarked;
