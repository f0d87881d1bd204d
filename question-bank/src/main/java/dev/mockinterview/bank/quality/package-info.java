/** The quality status of a question from review flags and automatic checks. */
@NullMarked
package dev.mockinterview.bank.quality;

import org.jspecify.annotations.NullMarked;
