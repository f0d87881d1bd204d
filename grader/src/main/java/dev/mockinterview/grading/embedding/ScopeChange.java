package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a clause of the answer that speaks of a scoped point's action for how it changes the point's scope: it widens
 * a restriction by an all-word quantifying something else than the restricted part, or by naming the part the point
 * excludes; it narrows a totality by "只" with a part-word. Each answer is the reason, or null. Thread-safe and
 * stateless.
 */
final class ScopeChange {

    /** A part-word that makes "只" narrow a totality: "只冻结前面几层", "只有一半的 head". */
    private static final Pattern PART = Pattern.compile("一部分|部分|一半|半数|少数|某些|个别|几层|几个|前几|后几|前面|后面|最后|顶层|底层|浅层|深层"
            + "|\\b(?:some|part|half|few|first|last|top|bottom)\\b");

    /** An all-word about something else than the restricted thing: "所有任务都能用", "所有数据上训练". */
    private static final Pattern OTHER_SCOPE =
            Pattern.compile("^[的]?\\s*(?:任务|场景|情况|时候|领域|方法|框架|语言|数据|样本|训练数据|批次|batch|epoch|step|步|人)");

    /** Characters between the verb and its object: "在", "原来的". */
    private static final int OBJECT_GAP = 4;

    /** What may join an excluded thing before the verb to it: list words and adverbs of togetherness. */
    private static final Pattern LIST_JOIN = Pattern.compile("[和与及跟同也都会要将被一起时还同时全部所有的]*");

    /** Where the phrase an all-word quantifies ends: "所有 token|上都要算". */
    private static final Pattern PHRASE_END = Pattern.compile("都|也|上|里|中|会|要|就|\\s(?:are|is|get|will)\\b");

    /** The noun phrase an all-word quantifies reaches this far at most. */
    private static final int QUANTIFIED_REACH = 8;

    /** The reason when the clause widens the point's restriction, or null. */
    @Nullable
    String widens(Scope scope, String text, Matcher verb) {
        if (ScopeMarkers.ONLY.matcher(text).find()) {
            return null;
        }
        String excludedNamed = scope.excluded().stream()
                .filter(word -> isObject(text, word, verb, scope))
                .findFirst()
                .orElse(null);
        String widened = null;
        Matcher all = ScopeMarkers.ALL_WIDE.matcher(text);
        while (all.find()) {
            String rest = text.substring(all.end());
            if (OTHER_SCOPE.matcher(rest).find()) {
                continue;
            }
            // The all-word may quantify the point's own head noun ("全部参数" against "少量新增参数"): a widening. The
            // restricted part named anywhere else in the clause makes the all-word about that part ("回复里的所有 token",
            // "所有 assistant 回复").
            int reach = Math.min(text.length(), all.end() + QUANTIFIED_REACH);
            while (reach < text.length()
                    && Character.isLetterOrDigit(text.charAt(reach))
                    && !TermExtractor.isCjk(text.charAt(reach))) {
                reach++;
            }
            String outside = text.substring(0, all.start()) + " " + text.substring(reach);
            String quantified = text.substring(all.end(), reach);
            boolean partNamed = scope.part().stream()
                    .anyMatch(word -> WordSearch.contains(outside, word)
                            || (!word.equals(scope.head()) && WordSearch.contains(quantified, word)));
            if (!partNamed) {
                Matcher stop = PHRASE_END.matcher(text);
                int end = stop.find(all.end()) ? Math.min(stop.start(), reach) : reach;
                widened = text.substring(all.start(), end).strip();
                break;
            }
        }
        if (excludedNamed != null) {
            return "参考答案说只「" + scope.quoted() + "」，回答却把「" + excludedNamed + "」也算了进去";
        }
        if (widened != null && !scope.part().isEmpty()) {
            return "参考答案说只「" + scope.quoted() + "」，回答却扩大到「" + widened + "」";
        }
        return null;
    }

    /** The reason when the clause narrows the point's totality to a part, or null. */
    @Nullable
    String narrows(Scope scope, String text) {
        Matcher only = ScopeMarkers.ONLY.matcher(text);
        if (!only.find()) {
            return null;
        }
        Matcher part = PART.matcher(text);
        if (!part.find(only.end()) || part.start() - only.end() > ScopeMarkers.MARKER_REACH) {
            return null;
        }
        return "参考答案说「" + scope.quoted() + "」，回答却说只有一部分（「" + text.substring(only.start(), part.end()) + "」）";
    }

    /**
     * The word stands as the action's object: right after the verb ("作用在 q、k、v 上", "更新原来的权重"), or before it
     * joined only by list words and the part's items ("预训练权重和 A、B 一起更新"), not in another predicate of the clause
     * ("把两个小矩阵加回原来的权重").
     */
    private static boolean isObject(String text, String word, Matcher verb, Scope scope) {
        for (int at = WordSearch.find(text, word, 0); at >= 0; at = WordSearch.find(text, word, at + 1)) {
            String between = at >= verb.end()
                    ? text.substring(verb.end(), at)
                    : at + word.length() <= verb.start() ? text.substring(at + word.length(), verb.start()) : null;
            if (between == null) {
                continue;
            }
            String rest = ContradictionCheck.ENTITY.matcher(between).replaceAll("");
            for (String item : scope.part()) {
                rest = rest.replace(item, "");
            }
            rest = rest.replaceAll("[\\s、，,/]", "");
            boolean joined = at >= verb.end()
                    ? rest.length() <= OBJECT_GAP
                    : LIST_JOIN.matcher(rest).matches();
            if (joined) {
                return true;
            }
        }
        return false;
    }
}
