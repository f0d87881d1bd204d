package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The thing a scoped key point speaks of, as the answer may name it: a clause that widens or narrows the scope must
 * be about this thing, not about another method or another point's thing.
 *
 * @param point the normalized point
 * @param foreign the words only other points hold
 * @param allowedNames the English names the clause's subject may use
 */
record ScopeSubject(String point, Set<String> foreign, Set<String> allowedNames) {

    /** A method named before the action ("部分微调只冻结底层"): another one than the point's unless the point names it. */
    private static final Pattern METHOD = Pattern.compile("[\\u4e00-\\u9fff]{1,4}(?:微调|调优|方法|做法)|[a-z]+[- ]tuning");

    /** Words that end the subject and begin the object or a scope: "LoRA 会把…", "LoRA 在…". */
    private static final Pattern SUBJECT_END = Pattern.compile("把|将|在|对|给|从|\\b(?:on|to|in|for)\\b");

    /** A whole method named as a time ("预训练阶段") is another stage than the point's. */
    private static final Pattern WHEN = Pattern.compile("^\\s*(?:阶段|时|的时候|过程|期间)");

    /** A subject with this many words that only other points hold is another thing than the point's. */
    private static final int FOREIGN_WORDS = 2;

    /**
     * @param otherPoints the words of the other points
     * @param question the words of the question, whose names the answer's subject may use
     */
    static ScopeSubject of(Scope scope, Set<String> otherPoints, Set<String> question) {
        Set<String> foreign = new TreeSet<>(otherPoints);
        foreign.removeAll(scope.words());
        foreign.removeAll(question);
        // A point that names its thing binds the answer to that name; one that names none takes the question's.
        Set<String> allowedNames = new TreeSet<>(ScopeWords.english(scope.words()));
        if (allowedNames.isEmpty()) {
            allowedNames.addAll(ScopeWords.english(question));
        }
        return new ScopeSubject(scope.point(), foreign, allowedNames);
    }

    /**
     * The clause speaks of the point's thing: what stands before its action (up to "把", "在", an all-word) names no
     * English thing but the point's (or the question's, for a point naming none), no word only other points hold
     * ("参数高效微调" beside "全参数微调"); and nothing before the action is a whole method ("全量微调", "预训练阶段") the point
     * itself does not name.
     */
    boolean spokenOfIn(String text, int verbAt, String leadingClauses) {
        // "在预训练阶段，全部参数都会更新": a leading clause may set the stage too, or name another thing ("prefix LM 把输入
        // 分成…，生成部分能看到全部前缀").
        String before = leadingClauses + text.substring(0, verbAt);
        Matcher named = ContradictionCheck.ENTITY.matcher(leadingClauses);
        while (named.find()) {
            if (!ScopeWords.ENGLISH_STOP.contains(named.group()) && !allowedNames.contains(named.group())) {
                return false;
            }
        }
        Matcher method = METHOD.matcher(before);
        while (method.find()) {
            if (!point.contains(method.group())) {
                return false;
            }
        }
        Matcher whole = ScopeMarkers.WHOLE_METHOD.matcher(before);
        while (whole.find()) {
            if (!point.contains(whole.group())
                    || WHEN.matcher(before.substring(whole.end())).find()) {
                return false;
            }
        }
        int end = verbAt;
        for (Pattern marker : List.of(ScopeMarkers.ONLY, ScopeMarkers.ALL_WIDE, SUBJECT_END)) {
            Matcher matcher = marker.matcher(text);
            if (matcher.find() && matcher.start() < end) {
                end = matcher.start();
            }
        }
        int foreignWords = 0;
        for (String word : ScopeWords.keys(text.substring(0, end))) {
            if (TermExtractor.isCjk(word.charAt(0))) {
                foreignWords += foreign.contains(word) ? 1 : 0;
            } else if (!allowedNames.contains(word)) {
                return false;
            }
        }
        return foreignWords < FOREIGN_WORDS;
    }
}
