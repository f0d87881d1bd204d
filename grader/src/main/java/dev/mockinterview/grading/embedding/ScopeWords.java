package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/** The words a scope is read into: content bigrams and English names, single letters too ("q", "k", "v"). */
final class ScopeWords {

    /** Characters that make no content word: the shared function characters, relations and markers. */
    private static final ContentWords CONTENT =
            new ContentWords(ContradictionCheck.FUNCTION_CHARS + "只仅全部所整每比越得地着过于从向到让使给用以否即");

    /** English words that name nothing: function words and the scope markers themselves. */
    static final Set<String> ENGLISH_STOP = Set.of(
            "a", "i", "the", "and", "or", "of", "to", "in", "on", "for", "with", "is", "are", "be", "it", "its", "as",
            "at", "by", "all", "only", "each", "every", "entire", "whole", "part", "some", "half");

    /** Words too general to name a part: "prompt 部分" names prompt. */
    private static final Set<String> GENERAL = Set.of("部分", "一部", "东西", "地方", "内容");

    private ScopeWords() {}

    /** Content bigrams and English names (single letters too: "q", "k", "v"). */
    static Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher word = ContradictionCheck.ENTITY.matcher(text);
        while (word.find()) {
            if (!ENGLISH_STOP.contains(word.group())) {
                keys.add(word.group());
            }
        }
        CONTENT.addTo(keys, text, false);
        keys.removeAll(GENERAL);
        return keys;
    }

    /** The English names among the words. */
    static Set<String> english(Set<String> words) {
        Set<String> names = new TreeSet<>();
        for (String word : words) {
            if (!TermExtractor.isCjk(word.charAt(0))) {
                names.add(word);
            }
        }
        return names;
    }
}
