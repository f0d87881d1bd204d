/**
 * The curated layer of the bank: corrected or newly written reference answers that replace wrong, shallow or missing
 * ones of the raw corpus, kept apart from it and loaded from JSONL files listed in {@code bank/curated/index.txt}.
 */
@NullMarked
package dev.mockinterview.bank.curation;

import org.jspecify.annotations.NullMarked;
