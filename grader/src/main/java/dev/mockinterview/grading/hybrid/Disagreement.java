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
 * @param conflicts the key points judged in opposite ways, as "n. point (llm: covered, embedded: missed)"
 */
record Disagreement(double llmScore, double embeddedScore, List<String> conflicts) {

    static final double SCORE_GAP = 3.0;

    static Optional<Disagreement> between(GradeResult llm, GradeResult embedded) {
        List<String> conflicts = new ArrayList<>();
        if (llm.keyPoints().size() == embedded.keyPoints().size()) {
            for (int i = 0; i < llm.keyPoints().size(); i++) {
                KeyPointResult byLlm = llm.keyPoints().get(i);
                KeyPointResult byEmbedded = embedded.keyPoints().get(i);
                if (opposite(byLlm, byEmbedded) || opposite(byEmbedded, byLlm)) {
                    conflicts.add((i + 1) + ". " + byLlm.text() + " (llm: "
                            + byLlm.status().wireName() + ", embedded: "
                            + byEmbedded.status().wireName() + ")");
                }
            }
        }
        boolean farApart = Math.abs(llm.score() - embedded.score()) >= SCORE_GAP;
        if (!farApart && conflicts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Disagreement(llm.score(), embedded.score(), conflicts));
    }

    String explain() {
        StringBuilder text = new StringBuilder("The two graders disagree: the LLM's verdicts give ")
                .append(llmScore)
                .append(", the embedded grader gives ")
                .append(embeddedScore)
                .append('.');
        if (!conflicts.isEmpty()) {
            text.append(" Judged differently: ")
                    .append(String.join("; ", conflicts))
                    .append('.');
        }
        text.append(" This grade uses the LLM's verdicts; a human may want to check it.");
        return text.toString();
    }

    /** One grader quotes the answer for the point, the other finds it absent or wrong. */
    private static boolean opposite(KeyPointResult covering, KeyPointResult other) {
        return covering.status() == PointStatus.COVERED
                && !covering.evidence().isBlank()
                && (other.status() == PointStatus.MISSED || other.status() == PointStatus.INCORRECT);
    }
}
