package dev.mockinterview.grading.embedding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the clause or sentence around an offset of a normalized text begins and ends. */
final class ClauseBounds {

    static final Pattern CLAUSE_END = Pattern.compile("[，,：:。；;！!？?\\n]");

    static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]");

    private ClauseBounds() {}

    /** Where the clause holding offset {@code at} starts. */
    static int clauseStart(String text, int at) {
        return start(text, at, CLAUSE_END);
    }

    /** Where the sentence holding offset {@code at} starts. */
    static int sentenceStart(String text, int at) {
        return start(text, at, SENTENCE_END);
    }

    /** The rest of the clause from {@code end}, going no further than {@code to}. */
    static String clauseRest(String text, int end, int to) {
        Matcher stop = CLAUSE_END.matcher(text);
        stop.region(end, to);
        return text.substring(end, stop.find() ? stop.start() : to);
    }

    /** The whole clause holding {@code start} to {@code end}, without its ending mark. */
    static String clauseAround(String text, int start, int end) {
        int from = clauseStart(text, start);
        Matcher stop = CLAUSE_END.matcher(text);
        int to = stop.find(end) ? stop.start() : text.length();
        return text.substring(from, to);
    }

    private static int start(String text, int at, Pattern end) {
        int start = at;
        while (start > 0 && !end.matcher(text.substring(start - 1, start)).matches()) {
            start--;
        }
        return start;
    }
}
