package dev.mockinterview.api.bank;

import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;

/** One row of a question page. */
public record QuestionSummary(String id, String topic, int difficulty, QualityStatus quality, String question) {

    static QuestionSummary of(Question q) {
        return new QuestionSummary(
                q.id(), q.topic(), q.difficulty(), q.quality().status(), q.question());
    }
}
