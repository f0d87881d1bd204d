package dev.mockinterview.bank;

import org.jspecify.annotations.Nullable;

/**
 * A filtered, paged look into the bank. {@code text} is full-text search (Chinese and English terms).
 *
 * @param page 0-based page number
 */
public record QuestionQuery(
        @Nullable String topic,
        @Nullable String text,
        @Nullable Integer difficulty,
        @Nullable QualityStatus quality,
        int page,
        int size) {}
