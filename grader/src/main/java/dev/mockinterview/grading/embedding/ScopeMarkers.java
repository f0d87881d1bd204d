package dev.mockinterview.grading.embedding;

import java.util.regex.Pattern;

/**
 * The words of scope that both a key point and the answer are read for: "只" restricting an action, an all-word
 * widening it, a whole method, and negation.
 */
final class ScopeMarkers {

    /** "只", "仅", "only": not "只是", "只要", "不只", "不仅", "not only". */
    static final Pattern ONLY = Pattern.compile("(?<![不非])(?:仅仅|只有|只|仅)(?!是|要|不过|怕|管|好)|(?<!not )\\bonly\\b");

    /** An all-word of the answer that widens a restriction. */
    static final Pattern ALL_WIDE = Pattern.compile("所有|全部|整个|全体|一切|全都|每个|每一个|\\b(?:all|every|entire|whole|each)\\b");

    /** A whole method named as the subject: full fine-tuning updates everything, rightly. */
    static final Pattern WHOLE_METHOD = Pattern.compile(
            "全量|全参|完整微调|全模型微调|预训练|从头训练|传统|普通|常规|直接微调" + "|\\b(?:full|pre-?train\\w*|vanilla|standard)\\b");

    /** A negation: a clause denying the action ("不作用于 v") states what is left out, it widens nothing. */
    static final Pattern NEGATION =
            Pattern.compile("不(?!仅|只|但|光|管|论|少|错|久|断)|没|未|非(?!常)|无(?!论)|别(?!的)|\\b(?:not|never|no|cannot)\\b|n't\\b");

    /** At most this many characters between "只" and the verb or part it restricts. */
    static final int MARKER_REACH = 30;

    private ScopeMarkers() {}
}
