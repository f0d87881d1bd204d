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

    private final String answer;

    QuoteCheck(String answer) {
        this.answer = normalize(answer);
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
