package dev.mockinterview.grading.embedding;

import java.util.Set;
import java.util.regex.Matcher;

/**
 * A hedge of a key point: the clause holding it, what it hedges (its predicate words) and the point's words and names.
 *
 * @param original the point as written (its hedged clause when long), for the reason
 * @param predicate the words of the hedged thing: after a modal or limit hedge, before a dependence
 * @param words every content word of the point, hedges removed
 * @param names the point's English names
 * @param necessity the hedged thing is a need ("不一定要扩词表"), so "一定要" counters it
 * @param whether a dependence says whether the thing holds ("是否必要取决于…"), not how much
 */
record Hedge(
        HedgeKind kind,
        String original,
        Set<String> predicate,
        Set<String> words,
        Set<String> names,
        Subject subject,
        boolean necessity,
        boolean whether) {

    /** How many of the point's words the text holds. */
    int shared(String text) {
        int shared = 0;
        for (String word : words) {
            if (HedgeWords.contains(text, word)) {
                shared++;
            }
        }
        return shared;
    }

    /**
     * The span speaks of the point's subject: it names no English thing, or one of the point's, and one of the
     * subject's when the subject has English names ("fp16 肯定比 fp32 快" is not about int8). A comparison keeps its
     * sides: "fp16 一定比 int8 快" reverses "int8 不一定比 fp16 快".
     */
    boolean sameSubject(String span) {
        Set<String> named = HedgeWords.english(span);
        if (named.isEmpty()) {
            return true;
        }
        if (named.stream().noneMatch(names::contains)) {
            return false;
        }
        if (!subject.names().isEmpty() && named.stream().noneMatch(subject.names()::contains)) {
            return false;
        }
        int than = -1;
        for (Matcher comparison = HedgeWords.THAN.matcher(span); comparison.find(); ) {
            than = comparison.start();
        }
        if (than >= 0 && !subject.compared().isEmpty()) {
            String afterThan = span.substring(than + 1);
            String beforeThan = span.substring(0, than);
            if (subject.compared().stream().noneMatch(word -> HedgeWords.contains(afterThan, word))) {
                return false;
            }
            return subject.compared().stream().noneMatch(word -> HedgeWords.contains(beforeThan, word))
                    || subject.words().stream().anyMatch(word -> HedgeWords.contains(beforeThan, word));
        }
        return true;
    }

    /**
     * What the hedge speaks of.
     *
     * @param words its content words and English names
     * @param degrees characters after a degree word ("多" of "数据越多", "大" of "更大的 batch"): the subject is the
     *     degree, so "数据质量好，效果肯定更好" does not speak of "数据越多"
     * @param names its English names ("int8" of "int8 不一定比 fp16 快")
     * @param compared the words of what it is compared with, after 比
     */
    record Subject(Set<String> words, Set<String> degrees, Set<String> names, Set<String> compared) {

        boolean spokenOf(String span) {
            return (words.isEmpty() || words.stream().anyMatch(word -> HedgeWords.contains(span, word)))
                    && degrees.stream().allMatch(span::contains);
        }
    }
}
