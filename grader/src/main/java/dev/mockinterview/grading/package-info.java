/** Grading contract: a request with the reference as a rubric in, a point-by-point GradeResult out. */
@NullMarked
package dev.mockinterview.grading;

import org.jspecify.annotations.NullMarked;
