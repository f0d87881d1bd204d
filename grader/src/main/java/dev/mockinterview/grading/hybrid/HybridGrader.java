package dev.mockinterview.grading.hybrid;

import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.ScoreFormula;
import dev.mockinterview.grading.llm.LlmAttempt;
import dev.mockinterview.grading.llm.LlmGrader;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code auto} with an LLM: the LLM's verdicts, cross-checked against the embedded grader. What the embedded grader
 * notices about the answer's form (injected instructions, echoes, pasted references, keyword lists, language) carries
 * over and caps the score as the formula says; a large disagreement is flagged and explained, not hidden. When the LLM
 * cannot answer, the embedded grade stands in, marked degraded.
 */
public final class HybridGrader implements AnswerGrader {

    /** Flags about the answer itself that the embedded grader detects reliably without reading for meaning. */
    private static final Set<GradeFlag> CARRIED = EnumSet.of(
            GradeFlag.EMPTY,
            GradeFlag.COPIED_QUESTION,
            GradeFlag.COPIED_REFERENCE,
            GradeFlag.KEYWORD_STUFFING,
            GradeFlag.PROMPT_INJECTION,
            GradeFlag.LANGUAGE_MISMATCH,
            GradeFlag.UNTRUSTED_REFERENCE);

    private final LlmGrader llm;
    private final AnswerGrader embedded;

    public HybridGrader(LlmGrader llm, AnswerGrader embedded) {
        this.llm = llm;
        this.embedded = embedded;
    }

    @Override
    public GradeResult grade(GradeRequest request) {
        GradeResult byEmbedded = embedded.grade(request);
        LlmAttempt attempt = llm.attempt(request);
        if (attempt instanceof LlmAttempt.Unavailable unavailable) {
            return LlmGrader.degraded(byEmbedded, unavailable.failure());
        }
        GradeResult byLlm = ((LlmAttempt.Graded) attempt).result();

        Set<GradeFlag> flags = EnumSet.noneOf(GradeFlag.class);
        flags.addAll(byLlm.flags());
        byEmbedded.flags().stream().filter(CARRIED::contains).forEach(flags::add);
        double score = ScoreFormula.score(
                byLlm.keyPoints().stream().map(KeyPointResult::status).toList(), flags);
        GradeResult combined = new GradeResult(
                score,
                GraderKind.HYBRID,
                false,
                byLlm.keyPoints(),
                byLlm.feedback(),
                List.copyOf(flags),
                byLlm.referenceAnswer());
        Optional<Disagreement> disagreement = Disagreement.between(combined, byEmbedded);
        if (disagreement.isEmpty()) {
            return combined;
        }
        flags.add(GradeFlag.GRADER_DISAGREEMENT);
        return new GradeResult(
                score,
                GraderKind.HYBRID,
                false,
                combined.keyPoints(),
                combined.feedback() + "\n" + disagreement.get().explain(),
                List.copyOf(flags),
                combined.referenceAnswer());
    }

    @Override
    public GraderKind kind() {
        return GraderKind.HYBRID;
    }
}
