package dev.mockinterview.grading.feedback;

import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.PointStatus;
import dev.mockinterview.grading.ScoreFormula;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the feedback of a grade from its verdicts and flags, and nothing else: every sentence is backed by a
 * verdict or a flag, so the feedback cannot praise what the grader did not find. Thread-safe.
 */
public final class FeedbackWriter {

    /**
     * The reason the embedded grader gives a point it counted one level lower because the answer states something
     * plainly wrong elsewhere; the feedback then explains the discount once.
     */
    public static final String DISCOUNTED = "同一回答中有明确错误，此点降为部分";

    private static final int QUOTE_CHARS = 40;

    public String write(double score, List<PointVerdict> verdicts, Collection<GradeFlag> flags) {
        StringBuilder feedback = new StringBuilder();
        feedback.append(String.format(Locale.ROOT, "得分 %.1f/10。", score));
        if (flags.contains(GradeFlag.EMPTY)) {
            feedback.append("没有可评分的回答内容。");
            appendFlags(feedback, flags);
            return feedback.toString().strip();
        }
        section(feedback, "已答到：", verdicts, PointStatus.COVERED, false);
        section(feedback, "提到但不完整，需要展开：", verdicts, PointStatus.PARTIAL, false);
        section(feedback, "需要补充：", verdicts, PointStatus.MISSED, false);
        section(feedback, "需要纠正：", verdicts, PointStatus.INCORRECT, true);
        // Only the embedded grader's own discount, not any reason a point carries (an LLM gives one for every point).
        boolean discounted = verdicts.stream().anyMatch(v -> v.reason().equals(DISCOUNTED));
        if (discounted) {
            feedback.append("\n因为回答中有明确的错误说法，其余要点的可信度打了折扣：答到的按部分计，部分答到的不计分。");
        }
        List<PointVerdict> uncertain =
                verdicts.stream().filter(PointVerdict::uncertain).toList();
        if (!uncertain.isEmpty()) {
            feedback.append("\n无法确定：")
                    .append(uncertain.stream()
                            .map(v -> "「" + v.result().text() + "」")
                            .collect(Collectors.joining("、")))
                    .append(" 的说法与要点措辞差异较大，嵌入模型无法判断是否真正答到，按部分答到计分，建议用 LLM 评分或人工复核。");
        }
        appendFlags(feedback, flags);
        return feedback.toString().strip();
    }

    private static void section(
            StringBuilder feedback, String title, List<PointVerdict> verdicts, PointStatus status, boolean withReason) {
        List<PointVerdict> selected =
                verdicts.stream().filter(v -> v.result().status() == status).toList();
        if (selected.isEmpty()) {
            return;
        }
        feedback.append('\n').append(title);
        for (PointVerdict verdict : selected) {
            feedback.append("\n- ").append(verdict.result().text());
            String evidence = verdict.result().evidence();
            if (withReason && !evidence.isEmpty()) {
                feedback.append("（你说的是「").append(shorten(evidence)).append("」");
                if (!verdict.reason().isEmpty()) {
                    feedback.append("，").append(verdict.reason());
                }
                feedback.append("）");
            } else if (status == PointStatus.PARTIAL
                    && !verdict.reason().isEmpty()
                    && !verdict.reason().equals(DISCOUNTED)) {
                // Why only part: the name left out, or the LLM's reason.
                feedback.append("（").append(verdict.reason()).append("）");
            }
        }
    }

    private static void appendFlags(StringBuilder feedback, Collection<GradeFlag> flags) {
        for (GradeFlag flag : GradeFlag.values()) {
            if (flags.contains(flag)) {
                String meaning = meaning(flag);
                if (!meaning.isEmpty()) {
                    feedback.append('\n').append(meaning);
                }
            }
        }
    }

    /** What a flag means for the candidate, and what it did to the score. */
    static String meaning(GradeFlag flag) {
        String cap = ScoreFormula.cap(flag)
                .map(max -> String.format(Locale.ROOT, "，得分上限 %.0f 分", max))
                .orElse("");
        return switch (flag) {
            case EMPTY -> "［empty］回答为空" + cap + "。";
            case OFF_TOPIC -> "［off_topic］回答与题目无关" + cap + "：请先回答题目问的是什么。";
            case COPIED_QUESTION -> "［copied_question］回答基本是在复述题目，没有给出答案" + cap + "。";
            case COPIED_REFERENCE -> "［copied_reference］回答大段照搬参考答案：内容正确照常计分，但面试时请用自己的话讲清楚。";
            case KEYWORD_STUFFING -> "［keyword_stuffing］回答主要是罗列术语，没有解释它们是什么、为什么" + cap + "。";
            case PROMPT_INJECTION -> "［prompt_injection］回答中有试图操纵评分的指令，已移除且不计分，只对其余内容评分" + cap + "。";
            case LANGUAGE_MISMATCH -> "［language_mismatch］用英文回答了中文题目（或反之）：内容照常计分，跨语言匹配主要依靠术语对照，可能偏保守。";
            case LOW_CONFIDENCE -> "［low_confidence］部分要点评分把握不大，见上方“无法确定”。";
            case UNTRUSTED_REFERENCE -> "［untrusted_reference］参考答案本身存疑或不完整，因此没有把任何要点判为错误，得分仅供参考。";
            case LLM_UNAVAILABLE -> "［llm_unavailable］LLM 评分不可用，本次由内置嵌入模型评分。";
            case GRADER_DISAGREEMENT -> "［grader_disagreement］LLM 与嵌入模型的评分差异较大，建议人工复核。";
        };
    }

    private static String shorten(String evidence) {
        String flat = evidence.replaceAll("\\s+", " ").strip();
        return flat.length() <= QUOTE_CHARS ? flat : flat.substring(0, QUOTE_CHARS) + "…";
    }
}
