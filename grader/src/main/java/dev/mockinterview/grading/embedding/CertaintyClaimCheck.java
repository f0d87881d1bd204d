package dev.mockinterview.grading.embedding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a clause of the answer that asserts as certain what a key point hedges: the point says "int8 不一定比 fp16 快，要看
 * kernel", the answer "int8 肯定比 fp16 快"; "RAG 不能完全消除幻觉" against "用了 RAG 就能彻底消除幻觉"; "是否必要取决于场景"
 * against "在任何场景下都完全没必要". The confident-but-wrong answer says nothing opposite, so no other cue sees it.
 *
 * <p>Three kinds of hedge, each answered by its own absolutes: a modal one ("不一定", "未必", "并不总是") by any certainty
 * ("肯定", "一定", "总是", "不管…都"); a limit ("不能完全", "只能缓解") by completeness ("彻底", "完全能", "100%") or by a certainty
 * about eliminating the thing; a dependence ("取决于", "要看") by any certainty, positive or negative. An obligation ("一定要",
 * "必须") answers only a hedge of a need ("不一定要扩词表", "是否需要蒸馏取决于…"). The absolute must
 * bind the hedged predicate: its own clause holds a word of what the point hedges (the "快" of "比 fp16 快", the "效果" of
 * "提升效果"), so "int8 肯定能省显存" does not answer a point hedging speed. Nothing is claimed by an absolute that is
 * negated ("不能说一定更快"), softened ("一般肯定"), asked, reported ("很多人以为"), conditional ("如果…就一定"), said of
 * another English-named thing than the point's subject, or by an answer that hedges the same predicate anywhere.
 * The point is read by {@link HedgeReader}, the answer's absolutes by {@link AbsoluteReader}; this class compares them.
 * Thread-safe and stateless.
 */
final class CertaintyClaimCheck {

    /** Softeners in the absolute's own clause: "一般肯定能", "基本可以彻底". */
    private static final Pattern SOFTENER = Pattern.compile("一般|通常|往往|大多|多数|大部分|大概率|可能|也许|或许|大概|基本上|基本能|基本可以|基本会|几乎|倾向于"
            + "|\\b(?:usually|often|typically|mostly|generally|may|might|likely|probably|almost)\\b");

    /** A sentence that asks, reports another's belief, or states a condition asserts nothing certain. */
    private static final Pattern NOT_ASSERTED = Pattern.compile("[?？]|吗|是不是|会不会|能不能|以为|人认为|人说|人觉得|误区|误解|说法|谁说|所谓|据说|迷信"
            + "|如果|假如|要是|只有|(?<![倘])若(?!干)|假设|只要|一旦|除非|当[^，,。；;]{1,20}(?:时|的时候)"
            + "|(?<!任何|所有|一切|各种|全部|什么)(?:情况|场景|场合|条件)下"
            + "|\\b(?:if|unless|when|whether|myth|misconception)\\b|\\bpeople (?:think|say|believe)\\b");

    /** A hedged sentence this short names nothing of its own. */
    private static final int BARE_SENTENCE = 12;

    private final HedgeReader hedges = new HedgeReader();

    private final AbsoluteReader absolutes = new AbsoluteReader();

    /**
     * @param answer the sanitized answer (offsets are the candidate's own)
     * @return for each point index with a certainty claimed against its hedge, where and why
     */
    Map<Integer, ContradictingClause> claims(List<String> points, String answer) {
        return claims(points, AnswerSentence.split(answer));
    }

    /** {@link #claims(List, String)} with the answer's sentences read once per grade. */
    Map<Integer, ContradictingClause> claims(List<String> points, List<AnswerSentence> sentences) {
        Map<Integer, ContradictingClause> claims = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            for (Hedge hedge : hedges.hedges(points.get(i))) {
                ContradictingClause claim = claim(hedge, sentences);
                if (claim != null) {
                    claims.put(i, claim);
                    break;
                }
            }
        }
        return claims;
    }

    private @Nullable ContradictingClause claim(Hedge hedge, List<AnswerSentence> sentences) {
        if (sentences.stream().anyMatch(sentence -> acknowledges(sentence, hedge))) {
            return null;
        }
        for (AnswerSentence sentence : sentences) {
            if (NOT_ASSERTED.matcher(sentence.text()).find()
                    || HedgeKind.ANY.matcher(sentence.text()).find()) {
                continue;
            }
            for (Absolute absolute : absolutes.absolutes(sentence, hedge.kind())) {
                // "INT8 一定要配合专门的 kernel 才会比 FP16 快" says what speed needs and agrees that it is not certain:
                // an obligation answers only a point that hedges a need ("不一定要扩词表").
                if (absolute.obligation() && !hedge.necessity()) {
                    continue;
                }
                AnswerSentence.Part clause = sentence.clauses().get(absolute.clause());
                String span = sentence.text().substring(0, clause.to());
                // "MoE 的推理速度取决于专家数" says how, not whether: a certain comparison ("肯定比稠密模型快") is no answer to it.
                boolean comparesAgainstHow = hedge.kind() == HedgeKind.DEPENDS
                        && !hedge.whether()
                        && HedgeWords.THAN.matcher(clause.text()).find();
                if (!comparesAgainstHow
                        && bindsPredicate(clause.text(), hedge)
                        && hedge.shared(span) >= 2
                        && hedge.subject().spokenOf(span)
                        && hedge.sameSubject(span)
                        && !SOFTENER.matcher(clause.text()).find()) {
                    return new ContradictingClause(
                            clause.start(),
                            clause.end(),
                            "参考答案说「" + hedge.original() + "」，"
                                    + (hedge.kind() == HedgeKind.LIMIT ? "只能部分做到" : "要视情况而定")
                                    + "，回答却说得绝对（「" + absolute.word() + "」）");
                }
            }
        }
        return null;
    }

    /**
     * The answer itself hedges the point's thing somewhere, so it knows the claim is not certain: a hedged sentence that
     * holds a word of the point, or a bare one ("不过也不绝对。") that can only be about what came before.
     */
    private boolean acknowledges(AnswerSentence sentence, Hedge hedge) {
        if (!HedgeKind.ANY.matcher(sentence.text()).find() && !absolutes.deniesCertainty(sentence)) {
            return false;
        }
        return hedge.shared(sentence.text()) >= 1
                || sentence.clauses().stream().anyMatch(clause -> bindsPredicate(clause.text(), hedge))
                || sentence.text().strip().length() <= BARE_SENTENCE;
    }

    /**
     * The clause holds the head of what the point hedges (its last word: "无害" of "模型输出完全无害", "快" of "比 fp16 快")
     * or two of its words; a Chinese one when the point has one. "RLHF 肯定能让输出更符合偏好" shares only "输出" with it.
     */
    private boolean bindsPredicate(String clause, Hedge hedge) {
        // The absolute itself is no word of the predicate: "必然" holds the "必" of "是否必要".
        String rest = absolutes.withoutAbsolutes(clause);
        List<String> predicate = List.copyOf(hedge.predicate());
        return HedgeWords.contains(rest, predicate.get(predicate.size() - 1))
                || predicate.stream()
                                .filter(word -> HedgeWords.contains(rest, word))
                                .count()
                        >= 2;
    }
}
