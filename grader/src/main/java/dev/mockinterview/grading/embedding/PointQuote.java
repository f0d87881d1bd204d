package dev.mockinterview.grading.embedding;

/** A key point as a reason quotes it: whole when short, else the clause that says the thing the answer contradicts. */
final class PointQuote {

    /** A point this long is quoted whole in the reason. */
    private static final int WHOLE_POINT = 40;

    private PointQuote() {}

    static String of(String point, String clause) {
        return trimmed(point.strip().length() <= WHOLE_POINT ? point : clause);
    }

    /** The text without its closing punctuation, so the reason's 」 closes the quote. */
    static String trimmed(String text) {
        return text.strip().replaceAll("[，,：:。；;！!？?]+$", "");
    }
}
