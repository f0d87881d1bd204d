/**
 * The interviewer: picks the questions of a session, asks them one by one under a time limit, takes answers,
 * offers follow-ups and retries, hands answers to durable grading and sums the session up. Every fact that matters
 * is in the store, so a resumed connection, here or on another instance, continues at the exact point.
 */
@NullMarked
package dev.mockinterview.api.session.interview;

import org.jspecify.annotations.NullMarked;
