package dev.mockinterview.api.bank;

import java.util.List;

/**
 * A page of questions. {@code page} and {@code size} echo what was applied, so a client sees when its size was
 * capped.
 */
public record QuestionPageView(List<QuestionSummary> items, long total, int page, int size) {
    public QuestionPageView {
        items = List.copyOf(items);
    }
}
