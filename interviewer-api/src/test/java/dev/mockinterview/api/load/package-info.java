/**
 * A load tool for a running service: how many idle interview sessions one instance holds, and the service's own time
 * from {@code answer} to {@code graded} beyond grading. Run by {@code scripts/load.sh}; never part of the build's
 * tests. Figures go to docs/benchmarks.md.
 */
@NullMarked
package dev.mockinterview.api.load;

import org.jspecify.annotations.NullMarked;
