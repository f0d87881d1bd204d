/** The question bank: questions, key points, quality status, topics, and the read side used by the service. */
@NullMarked
package dev.mockinterview.bank;

import org.jspecify.annotations.NullMarked;
