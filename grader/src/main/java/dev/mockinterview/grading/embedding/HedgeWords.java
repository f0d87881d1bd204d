package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a hedged key point is read into and how the answer is searched for them: English names, English words by
 * their stems, and the 比 of a comparison, which keeps the sides of the thing hedged.
 */
final class HedgeWords {

    /** The 比 of a comparison, not of 比较 or 比如. */
    static final Pattern THAN = Pattern.compile("比(?!较|如|例|率|特|重|赛)");

    /** Stems are this long; a word of this many letters is matched as a prefix. */
    private static final int STEM = 5;

    private HedgeWords() {}

    /** The English names of the text, two letters or more ("int8", "fp16"). */
    static Set<String> english(String text) {
        Set<String> names = new TreeSet<>();
        Matcher word = ContradictionCheck.ENTITY.matcher(text);
        while (word.find()) {
            if (word.group().length() >= 2) {
                names.add(word.group());
            }
        }
        return names;
    }

    /** English words match by their first five letters ("eliminate", "eliminates"); others as they are. */
    static String stem(String word) {
        return word.length() > STEM && word.chars().allMatch(Character::isLetter) ? word.substring(0, STEM) : word;
    }

    static boolean contains(String text, String word) {
        if (!TermExtractor.isCjk(word.charAt(0))
                && word.length() == STEM
                && word.chars().allMatch(Character::isLetter)) {
            Matcher stemmed = Pattern.compile("\\b" + Pattern.quote(word)).matcher(text);
            return stemmed.find();
        }
        return WordSearch.contains(text, word);
    }
}
