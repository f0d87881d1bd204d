/** Splitting a reference answer into rubric key points, deterministically. */
@NullMarked
package dev.mockinterview.bank.rubric;

import org.jspecify.annotations.NullMarked;
