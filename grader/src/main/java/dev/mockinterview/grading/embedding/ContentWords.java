package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.Set;

/**
 * The Chinese content words of a text, read as pairs of content characters: Chinese has no spaces, and two content
 * characters side by side are most often a word or part of one. Each check has its own function characters.
 *
 * @param functionChars the characters that make no content word for the check
 */
record ContentWords(String functionChars) {

    boolean isContent(char c) {
        return TermExtractor.isCjk(c) && functionChars.indexOf(c) < 0;
    }

    /**
     * Adds the text's content bigrams, in order; with {@code lone}, also a content character standing alone between
     * function characters ("快" of "比 fp16 快", "好" of "更好的效果"), the predicate of many a comparison.
     */
    void addTo(Set<String> words, String text, boolean lone) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isContent(c)) {
                continue;
            }
            boolean pairsAfter = i + 1 < text.length() && isContent(text.charAt(i + 1));
            boolean pairsBefore = i > 0 && isContent(text.charAt(i - 1));
            if (pairsAfter) {
                words.add(text.substring(i, i + 2));
            } else if (lone && !pairsBefore) {
                words.add(String.valueOf(c));
            }
        }
    }
}
