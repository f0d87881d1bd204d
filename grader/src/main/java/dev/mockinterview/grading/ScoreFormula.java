package dev.mockinterview.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one documented, deterministic way from point verdicts and flags to a score; shared by every grader so that
 * the same verdicts always give the same number, whoever produced them.
 *
 * <ol>
 *   <li>Each key point earns credit times its weight (default 1): covered 1.0, partial 0.5, missed 0, incorrect 0
 *       and a penalty of {@value #INCORRECT_PENALTY} of its weight, because a confident wrong claim is worse than
 *       silence in an interview.
 *   <li>{@code share = (Σ credit·w − Σ penalty·w) / Σ w}. An answer that covers at least one point and gets none
 *       wrong scores {@code 10 × (B + (1 − B) × share)} with {@code B} = {@value #CORRECT_BASE}: a correct but
 *       incomplete answer is not a failing one (an interviewer starts it at about 1.5 and adds for each point, so one
 *       point of four gives 3.6 and two of four 5.8). Any other answer scores {@code 10 × share}. Clamped to [0, 10];
 *       an answer with at least one point not missed (covered, partial or incorrect) and no capping flag gets at least
 *       {@value #ENGAGED_FLOOR}.
 *   <li>Flags cap the score where a human would: {@code empty} 0; {@code off_topic} and {@code copied_question} 1;
 *       {@code keyword_stuffing} 3; {@code prompt_injection} 3 (the injected text is removed before grading, so it
 *       never adds credit; a candidate who tries to instruct the grader does not pass either). {@code
 *       copied_reference}, {@code language_mismatch}, {@code low_confidence} and the others do not change the
 *       score: the feedback says what they mean.
 *   <li>Rounded half-up to one decimal.
 * </ol>
 */
public final class ScoreFormula {

    public static final double MAX_SCORE = 10.0;
    public static final double INCORRECT_PENALTY = 0.25;

    /** The share of the scale a correct answer starts from once it covers one point. */
    public static final double CORRECT_BASE = 0.15;

    /**
     * The least an answer that speaks to the question earns. The scale keeps 0–1 for answers about something else
     * and starts confident-but-wrong answers at 1: a candidate who engages a point, even wrongly, is not graded like
     * one who talked about another subject.
     */
    public static final double ENGAGED_FLOOR = 1.0;

    private ScoreFormula() {}

    /** The score of equally weighted points. */
    public static double score(List<PointStatus> statuses, Collection<GradeFlag> flags) {
        return score(statuses, List.of(), flags);
    }

    /**
     * The score of weighted points.
     *
     * @param weights one positive weight per status, or empty for equal weights
     */
    public static double score(List<PointStatus> statuses, List<Double> weights, Collection<GradeFlag> flags) {
        if (!weights.isEmpty() && weights.size() != statuses.size()) {
            throw new IllegalArgumentException(
                    "weights (" + weights.size() + ") must match statuses (" + statuses.size() + ")");
        }
        double total = 0;
        double earned = 0;
        for (int i = 0; i < statuses.size(); i++) {
            double weight = weights.isEmpty() ? 1.0 : weights.get(i);
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight must be positive and finite: " + weight);
            }
            total += weight;
            earned += weight * (credit(statuses.get(i)) - penalty(statuses.get(i)));
        }
        double share = total == 0 ? 0 : earned / total;
        boolean correct = statuses.contains(PointStatus.COVERED) && !statuses.contains(PointStatus.INCORRECT);
        double raw = MAX_SCORE * (correct ? CORRECT_BASE + (1 - CORRECT_BASE) * share : share);
        double floored = engages(statuses) && cap(flags) >= MAX_SCORE ? Math.max(ENGAGED_FLOOR, raw) : raw;
        double capped = Math.min(clamp(floored), cap(flags));
        return round(capped);
    }

    /** Whether the answer speaks to at least one point, rightly or wrongly. */
    private static boolean engages(List<PointStatus> statuses) {
        return statuses.stream().anyMatch(status -> status != PointStatus.MISSED);
    }

    /** The share of a point's weight it earns, before penalties. */
    public static double credit(PointStatus status) {
        return switch (status) {
            case COVERED -> 1.0;
            case PARTIAL -> 0.5;
            case MISSED, INCORRECT -> 0.0;
        };
    }

    /** The share of a point's weight taken away for a confident wrong claim. */
    public static double penalty(PointStatus status) {
        return status == PointStatus.INCORRECT ? INCORRECT_PENALTY : 0.0;
    }

    /** The highest score an answer with this flag can get, if the flag caps it. */
    public static Optional<Double> cap(GradeFlag flag) {
        return switch (flag) {
            case EMPTY -> Optional.of(0.0);
            case OFF_TOPIC, COPIED_QUESTION -> Optional.of(1.0);
            case KEYWORD_STUFFING, PROMPT_INJECTION -> Optional.of(3.0);
            case COPIED_REFERENCE,
                    LANGUAGE_MISMATCH,
                    LLM_UNAVAILABLE,
                    GRADER_DISAGREEMENT,
                    UNTRUSTED_REFERENCE,
                    LOW_CONFIDENCE -> Optional.empty();
        };
    }

    private static double cap(Collection<GradeFlag> flags) {
        return flags.stream()
                .map(ScoreFormula::cap)
                .flatMap(Optional::stream)
                .min(Double::compare)
                .orElse(MAX_SCORE);
    }

    private static double clamp(double raw) {
        return Math.max(0, Math.min(MAX_SCORE, raw));
    }

    private static double round(double score) {
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
