/**
 * The embedded grader: offline, in-process, the default. Grades every key point of the rubric on its own: the
 * answer is split into spans, each point is matched to its best span by embedding similarity combined with lexical
 * signals, and the score follows from the point statuses through {@link dev.mockinterview.grading.ScoreFormula}.
 */
@NullMarked
package dev.mockinterview.grading.embedding;

import org.jspecify.annotations.NullMarked;
