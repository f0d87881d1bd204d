/**
 * Durable interview state over R2DBC: users, sessions, asked questions, answers, grades and the grading queue, on
 * an embedded H2 file database by default or on PostgreSQL. Every write is committed before its {@code Mono}
 * completes, so a caller that acknowledges after completion never acknowledges something a crash can lose.
 */
@NullMarked
package dev.mockinterview.api.store;

import org.jspecify.annotations.NullMarked;
