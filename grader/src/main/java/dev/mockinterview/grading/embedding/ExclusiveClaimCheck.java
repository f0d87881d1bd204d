package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a clause of the answer that widens to everything what a key point restricts to a part, or narrows to a part
 * what the point says of all: the point says "RoPE 只作用于 q 和 k，不作用于 v", the answer "旋转同时作用在 q、k、v 上";
 * "LoRA 只训练低秩矩阵 A 和 B" against "LoRA 训练时全部参数都会更新"; "冻结预训练模型的全部原有参数" against "只冻结前面几层".
 * The confident-but-wrong answer says nothing opposite and names the point's things, so no other cue sees it.
 *
 * <p>The slot is the point's action (训练/更新, 冻结, 作用于, 共享, 计算, 保存, 看到 …): the answer's clause must speak of the same
 * one. It widens the point's restriction by an all-word ("所有", "全部", "整个", "每个", "all") quantifying something else
 * than the restricted part, or by naming the part the point excludes ("v" of "不作用于 v", "原权重" of "原权重冻结"); it
 * narrows the point's "全部" by "只" with a part-word ("一部分", "一半", "前几层"). Nothing is claimed from a clause that is
 * negated, hedged, conditional, asked, a comparison, about a whole method ("全量微调") or another thing than the point's,
 * nor from an answer that states the restriction (or the whole) itself somewhere. A point that restricts and quantifies
 * the same action at once ("PEFT 只训练少量参数；全量微调更新全部参数") contrasts two things and is left alone.
 * The point is read by {@link ScopeReader}, the clause's change of scope by {@link ScopeChange}, its subject checked by
 * {@link ScopeSubject}; this class finds the clauses that speak of the point's action. Thread-safe and stateless.
 */
final class ExclusiveClaimCheck {

    /** Applicability, not scope: "所有模型都能用". */
    private static final Pattern APPLICABLE = Pattern.compile("适用|能用|可以用|可用|\\b(?:applicable|usable)\\b");

    /** A pronoun that takes its thing from the sentence before. */
    private static final Pattern PRONOUN = Pattern.compile("它|其|这个|该|\\b(?:it|they|its|this)\\b");

    /** Hedges, and "有的/也有变体": what some do is no claim about the point's thing. */
    private static final Pattern HEDGE = Pattern.compile("可能|也许|或许|大概|好像|似乎|一般|通常|往往|有时|不一定|未必|我记得|印象中|不确定|不太清楚|大多|多数"
            + "|有的|有些|也有|变体|变种"
            + "|\\b(?:maybe|might|may|probably|perhaps|usually|often|possibly|sometimes|typically|some variants?)\\b");

    /** A sentence that asks, reports a belief or states a condition asserts no scope of the point's own. */
    private static final Pattern NOT_ASSERTED = Pattern.compile("[?？]|吗|是不是|会不会|以为|人认为|人说|误区|误解|说法|所谓"
            + "|叫做|叫作|(?<![喊])叫(?!醒)|称为|称作|被称|\\bcalled\\b"
            + "|如果|假如|要是|(?<![倘])若(?!干)|假设|只要|一旦|除非|的话|当[^，,。；;]{1,20}(?:时|的时候)|(?:以后|之后)[，,]"
            + "|\\b(?:if|unless|when|whether)\\b");

    /** A comparison, in the clause or a clause leading to it, sets another thing beside the point's. */
    private static final Pattern COMPARISON = Pattern.compile("(?<![估])比(?!较|如|例|率|特|重|赛)|相比|对比|不同于|区别|差别|不像|一样|而非|而不是"
            + "|(?<![然])而(?!且|言)|反而|与其|\\b(?:than|unlike|instead|whereas|versus|vs|like)\\b");

    private final ScopeReader scopes = new ScopeReader();

    private final ScopeChange changes = new ScopeChange();

    /**
     * @param answer the sanitized answer (offsets are the candidate's own)
     * @param question the question, whose names the answer's subject may use
     * @return for each point index whose scope the answer widens or narrows, where and why
     */
    Map<Integer, ContradictingClause> claims(List<String> points, String answer, String question) {
        return claims(points, AnswerSentence.split(answer), question);
    }

    /** {@link #claims(List, String, String)} with the answer's sentences read once per grade. */
    Map<Integer, ContradictingClause> claims(List<String> points, List<AnswerSentence> sentences, String question) {
        Set<String> questionWords = ScopeWords.keys(TermExtractor.normalize(question));
        Map<Integer, ContradictingClause> claims = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            Scope scope = scopes.scope(points.get(i));
            if (scope == null) {
                continue;
            }
            Set<String> others = new LinkedHashSet<>();
            for (int j = 0; j < points.size(); j++) {
                if (j != i) {
                    others.addAll(ScopeWords.keys(TermExtractor.normalize(points.get(j))));
                }
            }
            ContradictingClause claim = claim(scope, sentences, ScopeSubject.of(scope, others, questionWords));
            if (claim != null) {
                claims.put(i, claim);
            }
        }
        return claims;
    }

    private @Nullable ContradictingClause claim(Scope scope, List<AnswerSentence> sentences, ScopeSubject subject) {
        if (sentences.stream().anyMatch(sentence -> statesTheScope(sentence, scope))) {
            return null;
        }
        String previous = "";
        for (AnswerSentence sentence : sentences) {
            // A sentence whose subject is a pronoun ("它训练时…") speaks of what the one before named.
            String context = previous + " " + sentence.text();
            previous = sentence.text();
            if (NOT_ASSERTED.matcher(sentence.text()).find()
                    || HEDGE.matcher(sentence.text()).find()) {
                continue;
            }
            StringBuilder leading = new StringBuilder();
            for (AnswerSentence.Part clause : sentence.clauses()) {
                String text = clause.text();
                leading.append(text);
                if (COMPARISON.matcher(leading).find()) {
                    break;
                }
                Matcher verb = scope.action().verb().matcher(text);
                if (!verb.find()
                        || ScopeMarkers.NEGATION.matcher(text).find()
                        || APPLICABLE.matcher(text).find()) {
                    continue;
                }
                if (scope.action().generic()
                        && scope.slot().stream().noneMatch(word -> WordSearch.contains(sentence.text(), word))) {
                    continue;
                }
                // A widening must be about the point's thing: the clause names something of the point, or points back
                // with a pronoun to a sentence that does ("它训练时…").
                String named = PRONOUN.matcher(text).find() ? context : text;
                String unverbed = scope.action().verb().matcher(named).replaceAll(" ");
                if (scope.only() && scope.words().stream().noneMatch(word -> WordSearch.contains(unverbed, word))) {
                    continue;
                }
                // "全参数微调更新全部参数" is narrowed only by a clause about full fine-tuning; "只训练部分参数" is PEFT's.
                Matcher whole = ScopeMarkers.WHOLE_METHOD.matcher(scope.point());
                if (!scope.only() && whole.find() && !sentence.text().contains(whole.group())) {
                    continue;
                }
                String reason = scope.only() ? changes.widens(scope, text, verb) : changes.narrows(scope, text);
                if (reason != null
                        && subject.spokenOfIn(
                                text, verb.start(), leading.substring(0, leading.length() - text.length()))) {
                    return new ContradictingClause(clause.start(), clause.end(), reason);
                }
            }
        }
        return null;
    }

    /**
     * The answer states the point's restriction (or its totality) itself: "只" with the action, or the action denied
     * somewhere, so a wide or narrow clause elsewhere is a contrast it draws, not a claim.
     */
    private static boolean statesTheScope(AnswerSentence sentence, Scope scope) {
        for (AnswerSentence.Part clause : sentence.clauses()) {
            String text = clause.text();
            boolean acts = scope.action().verb().matcher(text).find();
            boolean negated = ScopeMarkers.NEGATION.matcher(text).find();
            if (scope.only()) {
                // "原模型冻结" states what LoRA leaves out of training as well as "只训练 A 和 B" does.
                boolean leavesOut = !negated && scope.action().leftOutBy(text);
                if (leavesOut || restricts(text, scope.action()) || (acts && negated)) {
                    return true;
                }
            } else if (acts && ScopeMarkers.ALL_WIDE.matcher(text).find() && !negated) {
                return true;
            }
        }
        return false;
    }

    /** "只" governs the action: it stands shortly before the verb ("只更新 A 和 B", not "微调后体积只有十分之一"). */
    private static boolean restricts(String text, ScopeAction action) {
        Matcher only = ScopeMarkers.ONLY.matcher(text);
        while (only.find()) {
            Matcher verb = action.verb().matcher(text);
            if (verb.find(only.end()) && verb.start() - only.end() <= ScopeMarkers.MARKER_REACH) {
                return true;
            }
        }
        return false;
    }
}
