package dev.mockinterview.grading.hybrid;

import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A large disagreement between the LLM's grade and the embedded grader's: the scores are {@value #SCORE_GAP} or more
 * apart, or on some key point one grader quotes the answer as covering it while the other finds it missed or wrong.
 * Smaller differences are ordinary (the two read answers differently) and are not reported.
 *
 * @param conflicts the key points judged in opposite ways, as 「point」（LLM：covered，嵌入模型：missed）
 */
record Disagreement(double llmScore, double embeddedScore, List<String> conflicts) {

    static final double SCORE_GAP = 3.0;

    static Optional<Disagreement> between(GradeResult llm, GradeResult embedded) {
        List<String> conflicts = new ArrayList<>();
        if (llm.keyPoints().size() == embedded.keyPoints().size()) {
            for (int i = 0; i < llm.keyPoints().size(); i++) {
                KeyPointResult byLlm = llm.keyPoints().get(i);
                KeyPointResult byEmbedded = embedded.keyPoints().get(i);
                boolean samePoint = byLlm.text().equals(byEmbedded.text());
                if (samePoint && (opposite(byLlm, byEmbedded) || opposite(byEmbedded, byLlm))) {
                    conflicts.add("「" + byLlm.text() + "」（LLM：" + byLlm.status().wireName() + "，嵌入模型："
                            + byEmbedded.status().wireName() + "）");
                }
            }
        }
        boolean farApart = Math.abs(llm.score() - embedded.score()) >= SCORE_GAP;
        if (!farApart && conflicts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Disagreement(llm.score(), embedded.score(), conflicts));
    }

    /** The details behind the {@code grader_disagreement} flag, for the feedback. */
    String explain() {
        StringBuilder text = new StringBuilder("评分分歧：按 LLM 的要点判断得 ")
                .append(llmScore)
                .append(" 分，嵌入模型给出 ")
                .append(embeddedScore)
                .append(" 分。");
        if (!conflicts.isEmpty()) {
            text.append("判断相反的要点：").append(String.join("；", conflicts)).append("。");
        }
        text.append("本次采用 LLM 的判断。");
        return text.toString();
    }

    /** One grader quotes the answer for the point, the other finds it absent or wrong. */
    private static boolean opposite(KeyPointResult covering, KeyPointResult other) {
        return covering.status() == PointStatus.COVERED
                && !covering.evidence().isBlank()
                && (other.status() == PointStatus.MISSED || other.status() == PointStatus.INCORRECT);
    }
}
