package dev.mockinterview.grading.embedding;

import java.util.List;

/**
 * The sanitized answer as the whole-answer checks read it, cut and normalized once per grade rather than once per
 * check.
 *
 * @param text the sanitized answer (offsets are the candidate's own)
 * @param clauses its clauses, each in its normalized sentence ({@link AnswerClause#of})
 * @param sentences its sentences, normalized clause by clause ({@link AnswerSentence#split(String)})
 */
record AnswerText(String text, List<AnswerClause> clauses, List<AnswerSentence> sentences) {

    AnswerText {
        clauses = List.copyOf(clauses);
        sentences = List.copyOf(sentences);
    }

    static AnswerText of(String text) {
        return new AnswerText(text, AnswerClause.of(text), AnswerSentence.split(text));
    }
}
