package dev.mockinterview.grading.embedding;

import java.util.regex.Pattern;

/**
 * How a key point hedges its thing, each kind with the words that say it and answered by its own absolutes: a modal
 * hedge by any certainty, a limit by completeness or a certainty about removing the thing, a dependence by any
 * certainty, positive or negative.
 */
enum HedgeKind {
    /** "不一定", "未必": the thing holds sometimes. */
    MODAL(Pattern.compile("不一定|未必|并不总是|并不总|并非总是|并非总|不是总|不总是|不总能|不总会|不见得|并非都|并不都|不是所有|并非所有|不能保证|无法保证|不保证"
            + "|\\bnot necessarily\\b|\\bnot always\\b|\\bdoes(?:n't| not) always\\b|\\bnot guaranteed\\b"
            + "|\\bdoes(?:n't| not) guarantee\\b")),
    /** "不能完全", "只能缓解": the thing is lessened, never removed. */
    LIMIT(Pattern.compile("并不能完全|并不能彻底|不能完全|无法完全|不能彻底|无法彻底|不可能完全|不可能彻底"
            + "|只能缓解|只能减少|只能降低|只能减轻|只能减弱|只能部分"
            + "|\\b(?:cannot|can't|can not) (?:fully|completely|entirely)\\b|\\bonly (?:mitigates?|reduces?)\\b")),
    /** "取决于", "要看": whether the thing holds depends on conditions. */
    DEPENDS(Pattern.compile("取决于|要看|得看|需要看|视[^，,。；;]{1,12}而定|因[^，,。；;]{1,10}而异|看情况|看场景|具体情况具体分析"
            + "|\\bdepends? on\\b|\\bit depends\\b"));

    /** Words of the answer that hedge a sentence as a whole (the point's hedges and their spoken forms). */
    static final Pattern ANY = Pattern.compile(MODAL.marker.pattern() + "|" + LIMIT.marker.pattern()
            + "|" + DEPENDS.marker.pattern()
            + "|不绝对|没有绝对|不能一概而论|一概而论|没有万能|不是万能|分情况|分场景|有时候?|有些情况|某些情况|不一而足"
            + "|\\bsometimes\\b|\\bnot every\\b");

    private final Pattern marker;

    HedgeKind(Pattern marker) {
        this.marker = marker;
    }

    /** The words that hedge this way. */
    Pattern marker() {
        return marker;
    }
}
