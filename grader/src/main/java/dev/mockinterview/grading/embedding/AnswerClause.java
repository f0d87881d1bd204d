package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A clause of the answer read in its whole normalized sentence, so that a quantity's slot may reach back over the
 * clauses before it.
 *
 * @param start where the clause starts in the answer (the candidate's own offsets)
 * @param end where it ends there
 * @param sentence the clause's sentence, normalized
 * @param from where the clause starts in {@code sentence}
 * @param to where it ends there
 */
record AnswerClause(int start, int end, String sentence, int from, int to) {

    /** The answer's clauses in order, sentences ending at 。；！？ or a line break, clauses also at ，：. */
    static List<AnswerClause> of(String answer) {
        List<AnswerClause> clauses = new ArrayList<>();
        int sentenceStart = 0;
        Matcher sentenceEnd = ClauseBounds.SENTENCE_END.matcher(answer);
        while (sentenceStart < answer.length()) {
            int sentenceStop = sentenceEnd.find(sentenceStart) ? sentenceEnd.end() : answer.length();
            String raw = answer.substring(sentenceStart, sentenceStop);
            String sentence = TermExtractor.normalize(raw);
            // NFKC may change a length (rare ligatures): then the whole sentence is one clause.
            boolean aligned = sentence.length() == raw.length();
            int start = 0;
            Matcher clauseEnd = ClauseBounds.CLAUSE_END.matcher(raw);
            while (start < raw.length()) {
                int stop = aligned && clauseEnd.find(start) ? clauseEnd.end() : raw.length();
                if (!raw.substring(start, stop).isBlank()) {
                    clauses.add(new AnswerClause(
                            sentenceStart + start,
                            sentenceStart + stop,
                            sentence,
                            aligned ? start : 0,
                            aligned ? stop : sentence.length()));
                }
                start = stop;
            }
            sentenceStart = sentenceStop;
        }
        return clauses;
    }

    /** The clause itself, normalized. */
    String text() {
        return sentence.substring(from, to);
    }

    /** Its sentence up to the clause's end: what has been said when the clause is read. */
    String sentenceSoFar() {
        return sentence.substring(0, to);
    }
}
