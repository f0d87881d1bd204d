/** Small commands that time the bank build and search. */
@NullMarked
package dev.mockinterview.bank.bench;

import org.jspecify.annotations.NullMarked;
