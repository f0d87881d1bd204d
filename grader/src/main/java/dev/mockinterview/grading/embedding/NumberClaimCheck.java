package dev.mockinterview.grading.embedding;

import dev.mockinterview.grading.lexical.Glossary;
import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a clause of the answer that puts another quantity into the slot where a key point states one: the point says
 * "单张 V100 可训练约 13B 参数的模型", the answer "一张 V100 能训练 1000B 参数的模型"; "BERT 随机遮盖 15% 的 token" against
 * "BERT 会遮盖 50% 的 token". Similarity cannot see this: the wrong sentence holds every word of the point.
 *
 * <p>{@link QuantityReader} reads the quantities of the point and the answer, {@link QuantityComparison} says when two
 * of them are in one slot and differ clearly. Precision matters more than recall, so much is skipped: numbers that are
 * part of a name, examples and conditions of the point ({@link PointQuantities}), answer clauses that are hedged,
 * negated, conditional or about another entity (another model size, another named thing with a digit, another entity
 * the rubric contrasts: {@link ClauseSubject}), and every point whose own value the answer states anywhere (the other
 * number is then a part or a contrast). Thread-safe and stateless after construction.
 */
final class NumberClaimCheck {

    /** A sentence that does not assert a value up to the clause: hedged, conditional, or an example. */
    private static final Pattern NOT_ASSERTED = Pattern.compile(
            "可能|也许|或许|好像|似乎|不确定|不清楚|记不清|印象中|应该|估计|猜|未必|不一定|如果|假如|若|要是|一旦|假设|的话|万一|只要(?![\\s约大概]*[\\d一二两三四五六七八九十半])|除非|比如|例如|譬如|举个例子|假定|分别|有人说|有人认为|很多人|(?<!可)以为|误区|误解|错误(?!率)|不对"
                    + "|\\b(if|unless|e\\.g|maybe|perhaps|probably|might|may)\\b");

    /**
     * A clause holding a negation asserts no value of its own: "V100 训练不了 1000B 的模型". "不如" compares ("在 100B 以上
     * 的模型上不如全量微调" asserts the range).
     */
    private static final Pattern NEGATED =
            Pattern.compile("不(?!到|超过|少于|足|止|低于|高于|多于|同|仅|断|如)|没|无|未(?!来)|非(?!常)|\\b(not|no|never)\\b|n't");

    /** A number compared against: "比 13B 大". */
    private static final Pattern COMPARED_BEFORE = Pattern.compile("(比|相比|比起|than|vs\\.?)\\s*$");

    private final QuantityReader reader;

    private final QuantityComparison comparison;

    NumberClaimCheck() {
        this(Glossary.bundled());
    }

    NumberClaimCheck(Glossary glossary) {
        SlotWords slotWords = new SlotWords(glossary);
        this.reader = new QuantityReader(new QuantityContext(slotWords));
        this.comparison = new QuantityComparison(slotWords);
    }

    /**
     * @param answer the sanitized answer (offsets are the candidate's own)
     * @return for each point index with a quantity contradicted in its slot, where and why
     */
    Map<Integer, ContradictingClause> claims(List<String> points, String answer, String question) {
        return claims(points, AnswerText.of(answer), ContradictionCheck.Rubric.of(question, points));
    }

    /**
     * {@link #claims(List, String, String)} with the answer's clauses and the rubric's contrasted entities worked out
     * once per grade.
     */
    Map<Integer, ContradictingClause> claims(
            List<String> points, AnswerText answerText, ContradictionCheck.Rubric rubric) {
        Map<String, String> contrasted = rubric.contrasted();
        String question = TermExtractor.normalize(rubric.question());
        String answer = answerText.text();
        List<AnswerClause> clauses = answerText.clauses();
        List<Quantity> everywhere = new ArrayList<>();
        for (AnswerClause clause : clauses) {
            everywhere.addAll(reader.looseQuantities(clause.sentence(), clause.from(), clause.to()));
        }
        Map<Integer, ContradictingClause> claims = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            PointQuantities point = PointQuantities.read(points.get(i), reader);
            Set<String> pointNames = ClauseSubject.names(point.text(), contrasted);
            Set<String> known = ContradictionCheck.englishTerms(point.text() + " " + question);
            for (Quantity said : point.claimed()) {
                // The answer gives the point's own value somewhere: the other number is a part, a contrast or a step.
                if (everywhere.stream().anyMatch(q -> QuantityComparison.givesValue(said, q))) {
                    continue;
                }
                String written = shown(points.get(i), point.text(), said.start(), said.end(), said.written());
                ContradictingClause claim =
                        contradicting(said, written, point.typical(), pointNames, known, answer, clauses, contrasted);
                if (claim != null) {
                    claims.put(i, claim);
                    break;
                }
            }
        }
        return claims;
    }

    private @Nullable ContradictingClause contradicting(
            Quantity said,
            String written,
            boolean typical,
            Set<String> pointNames,
            Set<String> known,
            String answer,
            List<AnswerClause> clauses,
            Map<String, String> contrasted) {
        for (AnswerClause clause : clauses) {
            if (!speaksOfPoint(clause, pointNames, known, contrasted)) {
                continue;
            }
            for (Quantity answered : reader.quantities(clause.sentence(), clause.from(), clause.to())) {
                if (COMPARED_BEFORE
                                .matcher(ContradictionCheck.before(clause.sentence(), answered.start(), 4))
                                .find()
                        || QuantityContext.CONDITION_AFTER
                                .matcher(clause.sentence().substring(answered.end(), clause.to()))
                                .find()) {
                    continue;
                }
                if (comparison.contradicts(said, answered, typical)) {
                    return new ContradictingClause(
                            clause.start(),
                            clause.end(),
                            "参考答案给的是「" + written + "」，回答说的是「"
                                    + shown(
                                            answer.substring(clause.start() - clause.from()),
                                            clause.sentence(),
                                            answered.start(),
                                            answered.end(),
                                            answered.written())
                                    + "」");
                }
            }
        }
        return null;
    }

    /** The clause asserts values, and of the point's own subject rather than another one. */
    private static boolean speaksOfPoint(
            AnswerClause clause, Set<String> pointNames, Set<String> known, Map<String, String> contrasted) {
        String text = clause.text();
        if (NEGATED.matcher(text).find()
                || NOT_ASSERTED.matcher(clause.sentenceSoFar()).find()) {
            return false;
        }
        // Names up to the end of this clause: "70B 模型要 140GB" speaks of another model than "7B 模型约 14GB".
        Set<String> named = ClauseSubject.names(clause.sentenceSoFar(), contrasted);
        if (!pointNames.containsAll(named)) {
            return false;
        }
        // A clause or sentence opening with a name neither the point nor the question has is about that thing:
        // "MAE 随机遮盖 75% 的 token" against a point on BERT.
        String lead = ClauseSubject.lead(text);
        if (lead.isEmpty()) {
            lead = ClauseSubject.lead(clause.sentence());
        }
        return lead.isEmpty() || known.contains(lead);
    }

    /** The quantity as the candidate or the rubric wrote it ("13B", not "13b"), when normalizing kept the offsets. */
    private static String shown(String raw, String normalized, int start, int end, String fallback) {
        if (end > raw.length()
                || !TermExtractor.normalize(raw.substring(start, end)).equals(normalized.substring(start, end))) {
            return fallback;
        }
        return raw.substring(start, end).strip();
    }
}
