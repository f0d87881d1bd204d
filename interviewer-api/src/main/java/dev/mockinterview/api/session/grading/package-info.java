/**
 * Durable grading of stored answers: an answer is on the grading queue from the moment it is stored, and leaves it
 * only with its grade, so a crash or a restart never loses one.
 */
@NullMarked
package dev.mockinterview.api.session.grading;

import org.jspecify.annotations.NullMarked;
