package dev.mockinterview.api.report;

import dev.mockinterview.grading.GradeFlag;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each grade flag means, in plain words, Chinese with the English in parentheses like the rest of the report.
 * The Markdown report uses it, and the JSON report sends it as {@code flagNotes} for API clients. The web page keeps
 * its own wording per language in {@code static/app/i18n.js} (it switches between Chinese and English), so a change
 * of meaning here must be made there too.
 */
final class FlagNotes {

    private FlagNotes() {}

    static String explain(GradeFlag flag) {
        return switch (flag) {
            case EMPTY -> "回答为空 (the answer is empty)";
            case OFF_TOPIC -> "回答与题目无关 (the answer is off topic)";
            case COPIED_QUESTION -> "回答只是重复了题目 (the answer repeats the question)";
            case COPIED_REFERENCE -> "回答照抄了参考答案 (the answer copies the reference answer)";
            case KEYWORD_STUFFING -> "回答堆砌关键词而没有解释 (the answer lists keywords without explaining them)";
            case PROMPT_INJECTION -> "回答试图指挥评分器 (the answer tries to give the grader instructions)";
            case LANGUAGE_MISMATCH -> "回答使用的语言与题目不同 (the answer is in another language than the question)";
            case LLM_UNAVAILABLE -> "大模型评分不可用，由内置评分器评分 (the LLM was unavailable; the built-in grader graded)";
            case GRADER_DISAGREEMENT -> "两个评分器判断差异很大，值得人工复核 (the two graders disagreed strongly; worth a human look)";
            case UNTRUSTED_REFERENCE ->
                "参考答案不可靠，因此没有要点被判为错误"
                        + " (the reference is known to be wrong or thin, so no point was marked incorrect)";
            case LOW_CONFIDENCE -> "评分器把握不大，值得人工复核 (the grader was unsure; worth a human look)";
        };
    }

    /** The notes for these flags, by wire name, in the order given. */
    static Map<String, String> of(Iterable<GradeFlag> flags) {
        Map<String, String> notes = new LinkedHashMap<>();
        flags.forEach(flag -> notes.put(flag.wireName(), explain(flag)));
        return notes;
    }
}
