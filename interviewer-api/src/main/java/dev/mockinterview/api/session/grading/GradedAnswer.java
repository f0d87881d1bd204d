package dev.mockinterview.api.session.grading;

import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.StoredGrade;

/** A stored answer with its stored grade. */
public record GradedAnswer(Answer answer, StoredGrade grade) {}
