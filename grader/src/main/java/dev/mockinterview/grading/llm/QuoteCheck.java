package dev.mockinterview.grading.llm;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a piece of evidence is really the candidate's own words. Tolerant only of what copying changes without
 * changing the words: width (NFKC), case, whitespace (spacing between Chinese and English words varies), surrounding quote marks, and "..." between fragments
 * that each appear in the answer, in order.
 */
final class QuoteCheck {

    private static final Pattern OMISSION = Pattern.compile("\\.{3,}|…+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String QUOTE_MARKS = "\"'“”‘’「」『』《》`";
    private static final int MIN_FRAGMENT_CHARS = 2;

    /** A shared run shorter than this is a coincidence of wording, not a quote. */
    static final int MIN_SHARED_RUN = 4;

    private final String raw;
    private final String answer;

    QuoteCheck(String answer) {
        this.raw = answer;
        this.answer = normalize(answer);
    }

    /**
     * The longest run of the claimed evidence that is verbatim in the answer, when it is at least {@value
     * #MIN_SHARED_RUN} characters: what is left of a misquote that can still be shown as the candidate's words.
     */
    String longestSharedRun(String evidence) {
        int bestLength = 0;
        int bestEnd = 0;
        int[] previous = new int[evidence.length() + 1];
        int[] current = new int[evidence.length() + 1];
        for (int i = 1; i <= raw.length(); i++) {
            for (int j = 1; j <= evidence.length(); j++) {
                current[j] = raw.charAt(i - 1) == evidence.charAt(j - 1) ? previous[j - 1] + 1 : 0;
                if (current[j] > bestLength) {
                    bestLength = current[j];
                    bestEnd = i;
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        String run = raw.substring(bestEnd - bestLength, bestEnd).strip();
        return run.codePointCount(0, run.length()) >= MIN_SHARED_RUN ? run : "";
    }

    boolean isQuote(String evidence) {
        String[] fragments = OMISSION.split(evidence);
        int from = 0;
        int matched = 0;
        for (String raw : fragments) {
            String fragment = trimQuoteMarks(normalize(raw));
            if (fragment.isEmpty()) {
                continue;
            }
            if (fragment.codePointCount(0, fragment.length()) < MIN_FRAGMENT_CHARS) {
                return false;
            }
            int at = answer.indexOf(fragment, from);
            if (at < 0) {
                return false;
            }
            from = at + fragment.length();
            matched++;
        }
        return matched > 0;
    }

    private static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(folded).replaceAll("");
    }

    private static String trimQuoteMarks(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (QUOTE_MARKS.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (QUOTE_MARKS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(start, end);
    }
}
