package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;

/**
 * Where a word of a key point stands in a text of the answer. Chinese has no word boundaries, so a Chinese word is
 * found anywhere; an English one only whole, so that "int8" is not found in "int80".
 */
final class WordSearch {

    private WordSearch() {}

    /** Where the word first stands in the text at or after {@code from}, or -1. */
    static int find(String text, String word, int from) {
        return TermExtractor.isCjk(word.charAt(0))
                ? text.indexOf(word, from)
                : ContradictionCheck.wholeWordAt(text, word, from);
    }

    static boolean contains(String text, String word) {
        return find(text, word, 0) >= 0;
    }
}
