package dev.mockinterview.grading.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the absolutes a sentence of the answer asserts: certainties ("肯定", "一定", "总是", "不管…都"), completeness
 * ("彻底", "完全能", "100%") and obligations ("必须", "一定要"), each with the clause it binds and whether it is an
 * obligation. Thread-safe and stateless.
 */
final class AbsoluteReader {

    /** Any certainty: "肯定", "一定" (not "一定程度", "有一定"), "总是", "不管…都", "任何情况下". */
    private static final Pattern CERTAINTY = Pattern.compile("肯定|(?<![有在到达某])一定(?!程度|的|量|范围|条件|比例|规模|数量|时间|次数|阈值|区间|长度)"
            + "|必然|必定|势必|总是|总能|总会|永远|始终|(?<!篇)一律|毫无疑问|无一例外|绝对(?=能|会|是|不|没|可以|可|越|更|比|要)"
            + "|(?:任何|所有|一切|各种|全部)的?(?:情况|场景|场合|条件|时候|任务|硬件|配置|设置|领域|阶段)"
            + "|(?:不管|无论|不论)[^。；;!?！？]{0,30}?都"
            + "|\\b(?:always|definitely|certainly|invariably|guaranteed|guarantees?|never|in (?:all|every|any) cases?"
            + "|no matter)\\b");

    /** Completeness: "彻底", "完全能", "100%", "根除". */
    private static final Pattern COMPLETENESS = Pattern.compile("彻底|根除|杜绝|一劳永逸|百分之百|百分百|100\\s*%"
            + "|完全(?=能|可以|可|会|地|消除|解决|避免|杜绝|替代|取代|防止|去除|根除|没|不|无)"
            + "|\\b(?:completely|fully|entirely|totally)\\b");

    /** An obligation of its own ("必须扩词表", "must"): it says what has to be done, so it answers only a hedged need. */
    private static final Pattern OBLIGATION = Pattern.compile("必须|务必|非得|\\b(?:must|have to|has to)\\b");

    /** A certainty that states an obligation: "一定要", "一定得" (not "一定得到"), "总是需要", "must always". */
    private static final Pattern OBLIGED_AFTER =
            Pattern.compile("^\\s*(?:要(?!看)|得(?![到出])|需|必须|\\b(?:needs? to|has to|have to)\\b)");

    private static final Pattern OBLIGED_BEFORE =
            Pattern.compile("(?:必须|务必|\\b(?:must|have to|has to|needs? to))\\s*$");

    /** A verb that removes the thing: a certainty about it ("一定能消除幻觉") overclaims against a limit. */
    private static final Pattern REMOVAL =
            Pattern.compile("消除|根除|杜绝|解决|避免|防止|去除|\\b(?:eliminates?|solves?|prevents?|removes?)\\b");

    /** A negation before the absolute in its clause ("不能简单说一定", "并非总是", "也不是一定"). */
    private static final Pattern NEGATION =
            Pattern.compile("不(?!管|论|同|断|仅|但|光|少|错|久)|没|未|非(?!常)|无(?!论|害|损|误|缝|限|偏|监督)|(?<![区分类性级识辨告特])别|难以|很难|谈不上"
                    + "|\\b(?:not|never|cannot|no|hardly)\\b|n't\\b");

    /** A negation after the absolute makes it a negative certainty ("一定不会", "完全没必要"). */
    private static final Pattern NEGATED_AFTER =
            Pattern.compile("不(?!少|错|仅|同|断|久|管|论)|没|无(?!论|害|损|误|缝|限|偏|监督)|未|\\b(?:not|never|no)\\b|n't\\b");

    /** The asserted absolutes of the sentence that answer this kind of hedge, with the clause each binds. */
    List<Absolute> absolutes(AnswerSentence sentence, HedgeKind kind) {
        List<Absolute> found = new ArrayList<>();
        for (Pattern form : kind == HedgeKind.LIMIT
                ? List.of(COMPLETENESS, CERTAINTY, OBLIGATION)
                : List.of(CERTAINTY, COMPLETENESS, OBLIGATION)) {
            Matcher matcher = form.matcher(sentence.text());
            while (matcher.find()) {
                int clause = sentence.clauseAt(matcher.end() - 1);
                AnswerSentence.Part part = sentence.clauses().get(clause);
                // "不管…都" may span clauses: a negation counts from the clause where the absolute starts.
                int start = sentence.clauseStartOf(matcher.start());
                String before = sentence.text().substring(start, matcher.start());
                String after = sentence.text().substring(matcher.end(), part.to());
                if (NEGATION.matcher(before).find()) {
                    continue;
                }
                boolean negative =
                        NEGATED_AFTER.matcher(after).find() || matcher.group().equals("never");
                boolean fits = switch (kind) {
                    case MODAL -> !negative;
                    case LIMIT ->
                        !negative
                                && (form == COMPLETENESS
                                        || REMOVAL.matcher(part.text()).find());
                    case DEPENDS -> true;
                };
                if (fits) {
                    boolean obligation = form == OBLIGATION
                            || OBLIGED_AFTER.matcher(after).find()
                            || OBLIGED_BEFORE.matcher(before).find();
                    found.add(new Absolute(matcher.group(), clause, obligation));
                }
            }
        }
        return found;
    }

    /** Some clause of the sentence denies a certainty ("也不是一定", "并非总是"): the answer hedges there itself. */
    boolean deniesCertainty(AnswerSentence sentence) {
        for (AnswerSentence.Part clause : sentence.clauses()) {
            for (Pattern form : List.of(CERTAINTY, OBLIGATION)) {
                Matcher certainty = form.matcher(clause.text());
                while (certainty.find()) {
                    if (NEGATION.matcher(clause.text().substring(0, certainty.start()))
                            .find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The clause with its absolutes blanked, so that no absolute counts as a word of what the clause says. */
    String withoutAbsolutes(String clause) {
        String blanked = CERTAINTY.matcher(clause).replaceAll(" ");
        return OBLIGATION.matcher(COMPLETENESS.matcher(blanked).replaceAll(" ")).replaceAll(" ");
    }
}
