package dev.mockinterview.grading.llm;

import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import dev.mockinterview.grading.ScoreFormula;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the model's verdicts into our grade. The model only says what happened per point; we check its evidence
 * against the answer, apply the reference's trust level, and compute the score with {@link ScoreFormula}. Its own
 * opinion of the score is never asked for.
 */
final class VerdictGrading {

    private VerdictGrading() {}

    static GradeResult grade(GradeRequest request, List<String> keyPoints, LlmVerdict verdict) {
        QuoteCheck quotes = new QuoteCheck(request.answer());
        LlmVerdict.PointVerdict[] byIndex = new LlmVerdict.PointVerdict[keyPoints.size()];
        verdict.points().forEach(point -> byIndex[point.index() - 1] = point);

        List<KeyPointResult> results = new ArrayList<>();
        List<String> toAdd = new ArrayList<>();
        List<String> toFix = new ArrayList<>();
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
            results.add(new KeyPointResult(keyPoints.get(i), status, evidence));
            String advice = (i + 1) + ". " + keyPoints.get(i).strip()
                    + (point.reason().isBlank() ? "" : " — " + point.reason().strip());
            if (status == PointStatus.INCORRECT) {
                toFix.add(advice);
            } else if (status != PointStatus.COVERED) {
                toAdd.add(advice);
            }
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
        List<PointStatus> statuses =
                results.stream().map(KeyPointResult::status).toList();
        double score = ScoreFormula.score(statuses, flags);
        String feedback =
                feedback(results, toAdd, toFix, quoted(verdict.incorrectClaims(), quotes), unquoted, incorrectIgnored);
        return new GradeResult(
                score, GraderKind.LLM, false, results, feedback, List.copyOf(flags), request.referenceAnswer());
    }

    /** A point the model credited without a real quote loses one step: nothing unquoted earns full credit. */
    static PointStatus withoutEvidence(PointStatus claimed) {
        return switch (claimed) {
            case COVERED -> PointStatus.PARTIAL;
            case PARTIAL, INCORRECT, MISSED -> PointStatus.MISSED;
        };
    }

    private static List<String> quoted(List<String> claims, QuoteCheck quotes) {
        return claims.stream()
                .map(String::strip)
                .filter(claim -> !claim.isEmpty() && quotes.isQuote(claim))
                .toList();
    }

    private static String feedback(
            List<KeyPointResult> results,
            List<String> toAdd,
            List<String> toFix,
            List<String> wrongClaims,
            int unquoted,
            boolean incorrectIgnored) {
        long covered =
                results.stream().filter(r -> r.status() == PointStatus.COVERED).count();
        StringBuilder text = new StringBuilder();
        text.append("Covered ")
                .append(covered)
                .append(" of ")
                .append(results.size())
                .append(" key points.");
        if (!toFix.isEmpty()) {
            text.append("\nFix: ").append(String.join("; ", toFix));
        }
        if (!wrongClaims.isEmpty()) {
            text.append("\nWrong statements: ");
            text.append(String.join(
                    "; ", wrongClaims.stream().map(c -> "“" + c + "”").toList()));
        }
        if (!toAdd.isEmpty()) {
            text.append("\nAdd or explain: ").append(String.join("; ", toAdd));
        }
        if (unquoted > 0) {
            text.append("\n")
                    .append(unquoted)
                    .append(" point(s) were marked down because the grader's evidence is not in the answer.");
        }
        if (incorrectIgnored) {
            text.append("\nThe reference answer is not trusted, so nothing was marked incorrect against it.");
        }
        return text.toString();
    }
}
