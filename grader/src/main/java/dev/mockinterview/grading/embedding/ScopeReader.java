package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the scope of a key point: the action it restricts with "只" and to what part, and what it excludes from it
 * ("RoPE 只作用于 q 和 k，不作用于 v"); or the action it says of all ("冻结全部原有参数"). Thread-safe and stateless.
 */
final class ScopeReader {

    /** An all-word of a point that the answer may narrow: a totality, not a distribution ("每个 batch"). */
    private static final Pattern ALL_TOTAL = Pattern.compile("所有|全部|整个|全体|一切|\\b(?:all|entire|whole)\\b");

    /** A preposition after "只" puts the restricted part before the verb: "只对回复部分计算 loss". */
    private static final Pattern SCOPE_PREPOSITION = Pattern.compile("^\\s*(?:对于|对|在|从|给|针对|于|为)");

    /** What a clause says of the excluded thing ("预训练权重保持冻结"), not the thing itself. */
    private static final Pattern NOT_AN_ITEM = Pattern.compile("预训练|训练|保持|不变|仍然|依然|照样|参与|进行|需要|也|都");

    /**
     * The point's scope: its first restricted or quantified action, or null when it has none or when it restricts and
     * quantifies the same action at once.
     */
    @Nullable
    Scope scope(String point) {
        String normalized = TermExtractor.normalize(point);
        Set<String> words = ScopeWords.keys(normalized);
        List<String> clauses = List.of(normalized.split("[，,：:。；;！!？?\\n]"));
        Scope found = null;
        Set<ScopeAction> restricted = new LinkedHashSet<>();
        Set<ScopeAction> quantified = new LinkedHashSet<>();
        String[] originals = point.split("[，,：:。；;！!？?\\n]");
        for (int c = 0; c < clauses.size(); c++) {
            String clause = clauses.get(c);
            // The reason quotes the point as written, not lower-cased, when normalizing kept its length.
            String original = originals.length == clauses.size() && originals[c].length() == clause.length()
                    ? originals[c]
                    : clause;
            Matcher only = ScopeMarkers.ONLY.matcher(clause);
            if (only.find()) {
                for (ScopeAction action : ScopeAction.ALL) {
                    Matcher verb = action.verb().matcher(clause);
                    if (verb.find(only.end()) && verb.start() - only.end() <= ScopeMarkers.MARKER_REACH) {
                        restricted.add(action);
                        if (found == null) {
                            found = restriction(point, clause, original, only, verb, action, clauses, words);
                        }
                        break;
                    }
                }
            }
            Matcher all = ALL_TOTAL.matcher(clause);
            if (all.find() && !ScopeMarkers.NEGATION.matcher(clause).find()) {
                for (ScopeAction action : ScopeAction.ALL) {
                    if (action.verb().matcher(clause).find()) {
                        quantified.add(action);
                        if (found == null) {
                            found = new Scope(
                                    false,
                                    action,
                                    PointQuote.of(point, original),
                                    Set.of(),
                                    Set.of(),
                                    ScopeWords.keys(clause),
                                    words,
                                    normalized);
                        }
                        break;
                    }
                }
            }
        }
        for (ScopeAction action : restricted) {
            if (quantified.contains(action)) {
                // "全量微调更新全部参数；PEFT 只训练少量参数" contrasts two methods on one action.
                return null;
            }
        }
        return found;
    }

    private static Scope restriction(
            String point,
            String clause,
            String original,
            Matcher only,
            Matcher verb,
            ScopeAction action,
            List<String> clauses,
            Set<String> words) {
        String between = clause.substring(only.end(), verb.start());
        String after = clause.substring(verb.end());
        Set<String> subject = ScopeWords.keys(clause.substring(0, only.start()));
        Set<String> part;
        Set<String> slot = new LinkedHashSet<>(subject);
        if (SCOPE_PREPOSITION.matcher(between).find()) {
            part = ScopeWords.keys(between);
            slot.addAll(ScopeWords.keys(after));
        } else {
            part = ScopeWords.keys(between + " " + after);
        }
        part.removeAll(subject);
        slot.removeAll(part);
        Set<String> excluded = new LinkedHashSet<>();
        for (String other : clauses) {
            if (other.equals(clause)) {
                continue;
            }
            boolean negated = ScopeMarkers.NEGATION.matcher(other).find();
            boolean excludes =
                    (negated && action.verb().matcher(other).find()) || (!negated && action.leftOutBy(other));
            if (excludes) {
                excluded.addAll(excludedItems(other, part, slot));
            }
        }
        return new Scope(
                true,
                action,
                PointQuote.trimmed(original.substring(only.end())),
                part,
                excluded,
                slot,
                words,
                TermExtractor.normalize(point));
    }

    /** The excluded thing by its names and its head ("权重" of "原模型权重"), not by "模型". */
    private static Set<String> excludedItems(String clause, Set<String> part, Set<String> slot) {
        String item = NOT_AN_ITEM.matcher(clause).replaceAll(" ");
        for (ScopeAction any : ScopeAction.ALL) {
            item = any.verb().matcher(item).replaceAll(" ");
        }
        Set<String> items = ScopeWords.keys(item);
        items.removeAll(part);
        items.removeAll(slot);
        Set<String> excluded = new LinkedHashSet<>();
        String head = null;
        for (String word : items) {
            if (TermExtractor.isCjk(word.charAt(0))) {
                head = word;
            } else {
                excluded.add(word);
            }
        }
        if (head != null) {
            excluded.add(head);
        }
        return excluded;
    }
}
