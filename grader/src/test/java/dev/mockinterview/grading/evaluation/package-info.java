/**
 * Measures how far a grader agrees with the labelled development set and how it resists the attack set.
 * Lives in test sources: it judges graders, it never grades in production.
 */
@NullMarked
package dev.mockinterview.grading.evaluation;

import org.jspecify.annotations.NullMarked;
