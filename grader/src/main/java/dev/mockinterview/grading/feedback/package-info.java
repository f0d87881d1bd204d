/** Feedback a candidate can act on, in Chinese with English terms: what was covered, what to add, what to fix. */
@NullMarked
package dev.mockinterview.grading.feedback;

import org.jspecify.annotations.NullMarked;
