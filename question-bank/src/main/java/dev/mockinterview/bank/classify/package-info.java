/** Deterministic classification of questions: topic by keywords and difficulty by wording. */
@NullMarked
package dev.mockinterview.bank.classify;

import org.jspecify.annotations.NullMarked;
