/** Full-text search and filtering over the bank, with Lucene in memory. */
@NullMarked
package dev.mockinterview.bank.search;

import org.jspecify.annotations.NullMarked;
