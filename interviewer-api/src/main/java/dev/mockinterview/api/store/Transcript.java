package dev.mockinterview.api.store;

import java.util.List;

/**
 * Everything a session holds, in order: questions by index, answers by question then attempt, grades by answer.
 * An answer without a grade is still waiting for one.
 */
public record Transcript(
        InterviewSession session, List<AskedQuestion> questions, List<Answer> answers, List<StoredGrade> grades) {
    public Transcript {
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        grades = List.copyOf(grades);
    }
}
