package dev.mockinterview.grading.evaluation;

/** An inclusive score range on the 0 to 10 scale. */
record ScoreRange(double low, double high) {

    ScoreRange {
        if (low > high || low < 0 || high > 10) {
            throw new DevsetException(DevsetProblem.BAD_RANGE, "[" + low + ", " + high + "]");
        }
    }

    boolean contains(double score) {
        return score >= low && score <= high;
    }

    /** How far a score lies outside the range; zero inside it. */
    double distanceTo(double score) {
        if (score < low) {
            return low - score;
        }
        return Math.max(0, score - high);
    }
}
