/**
 * Grading over HTTP: {@code POST /api/v1/grade}, the choice of grader, and the bounded scheduler that keeps
 * blocking model inference and LLM calls off the event loop. How a grade is made lives in the {@code grader}
 * module.
 */
@NullMarked
package dev.mockinterview.api.grading;

import org.jspecify.annotations.NullMarked;
