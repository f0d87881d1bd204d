package dev.mockinterview.grading.evaluation;

import dev.mockinterview.grading.GradeResult;

/** An attack answer with the grade a grader gave it. */
record ScoredAttack(AttackAnswer attack, GradeResult result) {

    /** Tolerates the rounding to one decimal, nothing more. */
    private static final double ROUNDING = 0.05;

    double score() {
        return result.score();
    }

    boolean raised() {
        return score() > attack.contentMax() + ROUNDING;
    }

    /** Counted for answers whose content alone is worth less than 4, in the families that must stay low. */
    boolean mustStayLow() {
        return attack.kind().family().mustStayLow() && attack.contentMax() < LOW_SCORE;
    }

    boolean scoredHigh() {
        return score() >= LOW_SCORE;
    }

    boolean expectsFlag() {
        return !attack.expectedFlags().isEmpty();
    }

    boolean flagged() {
        return result.flags().containsAll(attack.expectedFlags());
    }

    static final double LOW_SCORE = 4;
}
