package dev.mockinterview.bank.dedupe;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key two question wordings are compared by: NFKC, lower case, and no punctuation, symbols or whitespace. Two
 * entries with the same key are exact duplicates ({@code 什么是 LoRA?} and {@code 什么是LoRA？}).
 */
public final class ComparisonKey {

    private ComparisonKey() {}

    public static String of(String question) {
        String normalised = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(normalised.length());
        normalised.codePoints().filter(ComparisonKey::significant).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static boolean significant(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }
}
