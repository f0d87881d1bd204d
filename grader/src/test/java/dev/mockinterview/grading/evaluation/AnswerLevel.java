package dev.mockinterview.grading.evaluation;

import java.util.Locale;

/** The quality a human gave a labelled answer, with the score range a careful grader should land in. */
enum AnswerLevel {
    OFFTOPIC(0, 0, 1),
    WRONG(1, 1, 3),
    PARTIAL(2, 4, 6),
    GOOD(3, 7, 8.9),
    STRONG(4, 9, 10);

    private final int rank;
    private final double low;
    private final double high;

    AnswerLevel(int rank, double low, double high) {
        this.rank = rank;
        this.low = low;
        this.high = high;
    }

    /** Higher is better; the order Spearman's correlation compares scores against. */
    int rank() {
        return rank;
    }

    ScoreRange range() {
        return new ScoreRange(low, high);
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AnswerLevel fromWireName(String name) {
        for (AnswerLevel level : values()) {
            if (level.wireName().equals(name)) {
                return level;
            }
        }
        throw new DevsetException(DevsetProblem.UNKNOWN_LEVEL, name);
    }
}
