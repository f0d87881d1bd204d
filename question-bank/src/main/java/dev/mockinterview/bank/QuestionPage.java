package dev.mockinterview.bank;

import java.util.List;

/** One page of questions and the total number that matched. */
public record QuestionPage(List<Question> items, long total) {
    public QuestionPage {
        items = List.copyOf(items);
    }
}
