/** Deduplication: the comparison key, the curated merge and related lists, clustering, and its measurement. */
@NullMarked
package dev.mockinterview.bank.dedupe;

import org.jspecify.annotations.NullMarked;
