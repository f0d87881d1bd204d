package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of the answer, normalized clause by clause so that offsets into the answer hold: the checks that read
 * every sentence of the answer quote the candidate's own clause.
 *
 * @param text the sentence, normalized
 * @param clauses its clauses in order
 */
record AnswerSentence(String text, List<Part> clauses) {

    private static final Pattern CLAUSE_END = Pattern.compile("[，,：:。；;！!？?\\n]");

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]");

    AnswerSentence {
        clauses = List.copyOf(clauses);
    }

    /**
     * A clause of a sentence.
     *
     * @param start where it starts in the answer
     * @param end where it ends in the answer
     * @param from where it starts in the sentence's normalized text
     * @param to where it ends there
     * @param text the clause, normalized
     */
    record Part(int start, int end, int from, int to, String text) {}

    /** The answer's sentences, each ending at 。；！？ or a line break (its clauses also at ，：). */
    static List<AnswerSentence> split(String answer) {
        return split(answer, CLAUSE_END, SENTENCE_END, TermExtractor::normalize);
    }

    /**
     * The text cut where {@code clauseEnd} matches, a sentence ending with the clause that holds a {@code sentenceEnd},
     * each clause normalized on its own by {@code normalize}.
     */
    static List<AnswerSentence> split(
            String answer, Pattern clauseEnd, Pattern sentenceEnd, UnaryOperator<String> normalize) {
        List<AnswerSentence> sentences = new ArrayList<>();
        List<Part> clauses = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int start = 0;
        Matcher end = clauseEnd.matcher(answer);
        while (start < answer.length()) {
            int stop = end.find(start) ? end.end() : answer.length();
            String raw = answer.substring(start, stop);
            String normalized = normalize.apply(raw);
            clauses.add(new Part(start, stop, text.length(), text.length() + normalized.length(), normalized));
            text.append(normalized);
            if (stop == answer.length() || sentenceEnd.matcher(raw).find()) {
                sentences.add(new AnswerSentence(text.toString(), clauses));
                clauses.clear();
                text.setLength(0);
            }
            start = stop;
        }
        return sentences;
    }

    /** The index of the clause holding offset {@code at} of the sentence's text (the last one past its end). */
    int clauseAt(int at) {
        for (int i = 0; i < clauses.size(); i++) {
            if (at < clauses.get(i).to()) {
                return i;
            }
        }
        return clauses.size() - 1;
    }

    /** Where, in the sentence's text, the clause holding offset {@code at} starts. */
    int clauseStartOf(int at) {
        return clauses.get(clauseAt(at)).from();
    }
}
