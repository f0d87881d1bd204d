package dev.mockinterview.grading.llm;

import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import dev.mockinterview.grading.feedback.PointVerdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the model's verdicts into our grade. The model only says what happened per point; we check its evidence
 * against the answer and apply the reference's trust level; {@link LlmGrade} computes the score with the shared
 * formula. The model's own opinion of the score is never asked for.
 */
final class VerdictGrading {

    private VerdictGrading() {}

    static LlmGrade grade(GradeRequest request, List<String> keyPoints, LlmVerdict verdict) {
        QuoteCheck quotes = new QuoteCheck(request.answer());
        LlmVerdict.PointVerdict[] byIndex = new LlmVerdict.PointVerdict[keyPoints.size()];
        verdict.points().forEach(point -> byIndex[point.index() - 1] = point);

        List<PointVerdict> verdicts = new ArrayList<>();
        int unquoted = 0;
        boolean incorrectIgnored = false;
        for (int i = 0; i < keyPoints.size(); i++) {
            LlmVerdict.PointVerdict point = byIndex[i];
            PointStatus status = point.status();
            String evidence = point.evidence().strip();
            if (status != PointStatus.MISSED && !(evidence.length() > 0 && quotes.isQuote(evidence))) {
                status = withoutEvidence(status);
                evidence = "";
                unquoted++;
            }
            if (status == PointStatus.INCORRECT && !request.referenceQuality().canMarkIncorrect()) {
                status = PointStatus.MISSED;
                incorrectIgnored = true;
            }
            if (status == PointStatus.MISSED) {
                evidence = "";
            }
            verdicts.add(new PointVerdict(
                    new KeyPointResult(keyPoints.get(i), status, evidence),
                    point.reason().strip(),
                    false));
        }

        Set<GradeFlag> flags = EnumSet.noneOf(GradeFlag.class);
        if (verdict.offTopic()) {
            flags.add(GradeFlag.OFF_TOPIC);
        }
        if (verdict.promptInjection()) {
            flags.add(GradeFlag.PROMPT_INJECTION);
        }
        if (incorrectIgnored) {
            flags.add(GradeFlag.UNTRUSTED_REFERENCE);
        }
        List<String> notes = new ArrayList<>();
        List<String> wrongClaims = verdict.incorrectClaims().stream()
                .map(String::strip)
                .filter(claim -> !claim.isEmpty() && quotes.isQuote(claim))
                .toList();
        if (!wrongClaims.isEmpty() && request.referenceQuality().canMarkIncorrect()) {
            notes.add("有误的说法："
                    + String.join(
                            "；", wrongClaims.stream().map(c -> "「" + c + "」").toList()));
        }
        if (unquoted > 0) {
            notes.add("有 " + unquoted + " 个要点的评分依据不是回答中的原话，已按降一档计分。");
        }
        return new LlmGrade(verdicts, flags, notes, request.referenceAnswer());
    }

    /** A point the model credited without a real quote loses one step: nothing unquoted earns full credit. */
    static PointStatus withoutEvidence(PointStatus claimed) {
        return switch (claimed) {
            case COVERED -> PointStatus.PARTIAL;
            case PARTIAL, INCORRECT, MISSED -> PointStatus.MISSED;
        };
    }
}
