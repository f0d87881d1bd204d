package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of normalized text shown as the candidate or the rubric wrote it: the checks read lower-cased NFKC text
 * ("alpaca", "pre-ln"), but a reason quotes the words as they stand ("Alpaca", "Pre-LN").
 */
final class Written {

    private Written() {}

    /**
     * The raw text's spelling of {@code normalized}'s characters {@code start} to {@code end}, where {@code normalized}
     * is the raw text normalized; else its first spelling of that piece ({@link #find}).
     */
    static String at(String raw, String normalized, int start, int end) {
        Spelling spelling = Spelling.of(raw);
        if (spelling.text().equals(normalized) && start < end) {
            return spelling.raw(start, end);
        }
        return find(raw, normalized.substring(start, end));
    }

    /** The first place the raw text spells a normalized piece, as written there; the piece itself if it has none. */
    static String find(String raw, String piece) {
        return find(List.of(raw), piece);
    }

    /** The piece as the first of the raw texts that spells it writes it; the piece itself if none does. */
    static String find(List<String> raws, String piece) {
        for (String raw : raws) {
            Spelling spelling = Spelling.of(raw);
            int at = piece.isEmpty() ? -1 : spelling.text().indexOf(piece);
            if (at >= 0) {
                return spelling.raw(at, at + piece.length());
            }
        }
        return piece;
    }

    /** A quote of the rubric in a reason: what the answer's words are set against. */
    private static final Pattern RUBRIC_QUOTE = Pattern.compile("(?:要点只?是|参考答案(?:说只?|给的是))「$");

    private static final Pattern QUOTE = Pattern.compile("「([^」]+)」");

    /**
     * A reason with each of its quotes as written: after "要点是" or "参考答案说" as the point writes it, elsewhere as the
     * first of the answer's texts does. A quote neither spells (already as written, or no words of theirs) stays.
     */
    static String quotes(String reason, String point, List<String> answer) {
        Matcher quote = QUOTE.matcher(reason);
        StringBuilder written = new StringBuilder();
        while (quote.find()) {
            boolean ofPoint =
                    RUBRIC_QUOTE.matcher(reason.substring(0, quote.start() + 1)).find();
            quote.appendReplacement(
                    written,
                    Matcher.quoteReplacement("「" + find(ofPoint ? List.of(point) : answer, quote.group(1)) + "」"));
        }
        return quote.appendTail(written).toString();
    }

    /**
     * The raw text normalized character by character, with where in the raw text each normalized character comes from
     * (NFKC may turn one character into several: "ﬁ" into "fi").
     */
    private record Spelling(String raw, String text, int[] from, int[] to) {

        static Spelling of(String raw) {
            StringBuilder text = new StringBuilder(raw.length());
            int[] from = new int[raw.length() * 2 + 1];
            int[] to = new int[from.length];
            int n = 0;
            for (int i = 0; i < raw.length(); ) {
                int next = i + Character.charCount(raw.codePointAt(i));
                String normalized = TermExtractor.normalize(raw.substring(i, next));
                for (int k = 0; k < normalized.length(); k++) {
                    if (n == from.length) {
                        from = Arrays.copyOf(from, n * 2);
                        to = Arrays.copyOf(to, n * 2);
                    }
                    from[n] = i;
                    to[n] = next;
                    n++;
                }
                text.append(normalized);
                i = next;
            }
            return new Spelling(raw, text.toString(), from, to);
        }

        /** The raw characters behind normalized characters {@code start} to {@code end}. */
        String raw(int start, int end) {
            return raw.substring(from[start], to[end - 1]);
        }
    }
}
