package dev.mockinterview.bank;

import java.util.List;
import java.util.Optional;

/** The read side of the bank: immutable once built, safe to share between threads. */
public interface QuestionBank {

    List<Topic> topics();

    Optional<Question> find(String id);

    /** Filters, searches and pages; with a text query the items are ranked by relevance. */
    QuestionPage query(QuestionQuery query);

    List<Question> all();
}
