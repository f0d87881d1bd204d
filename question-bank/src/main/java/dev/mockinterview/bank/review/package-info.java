/** The review file of the bundled corpus: per-entry cluster labels, topics and quality flags. */
@NullMarked
package dev.mockinterview.bank.review;

import org.jspecify.annotations.NullMarked;
