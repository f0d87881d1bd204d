package dev.mockinterview.grading.lexical;

/**
 * A clause of a text with its position, so that evidence quoted from it is always a verbatim substring.
 *
 * @param start inclusive offset in the source text
 * @param end exclusive offset in the source text
 */
public record Clause(String text, int start, int end) {

    public Clause {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("clause offsets do not match its text: " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
