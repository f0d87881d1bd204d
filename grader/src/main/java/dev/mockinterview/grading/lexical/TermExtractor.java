package dev.mockinterview.grading.lexical;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts the technical terms, glossary concepts and CJK bigrams of a text. Thread-safe. */
public final class TermExtractor {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9]*(?:[-_.+][a-z0-9]+)*");

    /** Function characters: a bigram holding one says nothing technical. */
    private static final String FUNCTION_CHARS = "的了是在和与及或就也都而且但这那其之我你他它们吗呢吧啊呀嘛么个一些有为对将把被等会可以能要不没很更最还所此该并即则";

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "is", "are", "was", "were", "be", "been", "to", "of", "in", "on", "at", "for", "by",
            "and", "or", "but", "it", "its", "this", "that", "these", "those", "with", "as", "from", "so", "we", "you",
            "they", "i", "can", "will", "would", "should", "could", "not", "no", "do", "does", "did", "has", "have",
            "had", "which", "what", "when", "how", "why", "there", "their", "then", "than", "more", "most", "also",
            "into", "each", "all", "any", "some", "such", "very", "just", "about", "like", "if", "because", "while",
            "use", "used", "using", "one", "two", "make", "makes", "way", "ok", "um", "uh");

    private final Glossary glossary;

    public TermExtractor(Glossary glossary) {
        this.glossary = glossary;
    }

    /** Lower case and NFKC (full-width letters and digits become ASCII), so both writings match. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    public Terms terms(String text) {
        String normalized = normalize(text);
        return new Terms(
                identifiers(normalized), glossary.conceptsIn(normalized), bigrams(glossary.canonical(normalized)));
    }

    private static Set<String> identifiers(String normalized) {
        Set<String> identifiers = new HashSet<>();
        Matcher matcher = IDENTIFIER.matcher(normalized);
        while (matcher.find()) {
            // top_k and top-k, max_tokens and max-tokens are one identifier however the candidate writes it.
            String word = stem(matcher.group().replace('_', '-'));
            if (!STOP_WORDS.contains(word) && (word.length() > 1 || isSymbolLetter(word))) {
                identifiers.add(word);
            }
        }
        return identifiers;
    }

    /** Q, K and V are terms of their own in attention answers. */
    private static boolean isSymbolLetter(String word) {
        return word.equals("q") || word.equals("k") || word.equals("v");
    }

    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static Set<String> bigrams(String normalized) {
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < normalized.length(); i++) {
            char first = normalized.charAt(i);
            char second = normalized.charAt(i + 1);
            if (isCjk(first)
                    && isCjk(second)
                    && FUNCTION_CHARS.indexOf(first) < 0
                    && FUNCTION_CHARS.indexOf(second) < 0) {
                bigrams.add(normalized.substring(i, i + 2));
            }
        }
        return bigrams;
    }

    public static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
