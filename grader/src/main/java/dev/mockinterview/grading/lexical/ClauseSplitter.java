package dev.mockinterview.grading.lexical;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into clauses at Chinese and English punctuation, line breaks and list markers, keeping offsets.
 * Clauses are then merged into spans short enough for one embedding each but long enough to carry a claim.
 */
public final class ClauseSplitter {

    /** Clause boundaries: CJK and ASCII punctuation, line breaks, an English full stop followed by a space. */
    private static final Pattern BOUNDARY = Pattern.compile("[。！？!?；;，,、：:\\n\\r\\t|]+|\\.(?=\\s)|\\.$");

    /** Leading list markers such as "1.", "-", "•", "(2)", "①", "第一，" that carry no content. */
    private static final Pattern LIST_MARKER =
            Pattern.compile("^(?:[-*•·>#]+|\\d{1,2}[.)）]|[（(]\\d{1,2}[)）]|[①-⑳]|第[一二三四五六七八九十]+[点步]?)\\s*");

    private final int minSpanChars;
    private final int maxSpanChars;

    public ClauseSplitter(int minSpanChars, int maxSpanChars) {
        this.minSpanChars = minSpanChars;
        this.maxSpanChars = maxSpanChars;
    }

    /** The clauses of the text, without punctuation, list markers or surrounding blanks. */
    public List<Clause> clauses(String text) {
        List<Clause> clauses = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(text);
        int from = 0;
        while (boundary.find()) {
            addTrimmed(text, from, boundary.start(), clauses);
            from = boundary.end();
        }
        addTrimmed(text, from, text.length(), clauses);
        return clauses;
    }

    /**
     * Adjacent clauses merged into spans of at most {@code maxSpanChars} (a single longer clause stays whole), so
     * that a short clause like "对" is judged with its neighbour and the answer needs few embeddings.
     */
    public List<Clause> spans(String text) {
        List<Clause> spans = new ArrayList<>();
        Clause open = null;
        for (Clause clause : clauses(text)) {
            if (open == null) {
                open = clause;
            } else if (open.length() < minSpanChars || clause.end() - open.start() <= maxSpanChars) {
                open = new Clause(text.substring(open.start(), clause.end()), open.start(), clause.end());
            } else {
                spans.add(open);
                open = clause;
            }
        }
        if (open != null) {
            spans.add(open);
        }
        return spans;
    }

    private static void addTrimmed(String text, int start, int end, List<Clause> into) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        Matcher marker = LIST_MARKER.matcher(text).region(start, end);
        if (marker.lookingAt() && marker.end() < end) {
            start = marker.end();
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && hasContent(text, start, end)) {
            into.add(new Clause(text.substring(start, end), start, end));
        }
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }

    private static boolean hasContent(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
