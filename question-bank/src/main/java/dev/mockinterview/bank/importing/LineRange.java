package dev.mockinterview.bank.importing;

/** An inclusive, 1-based range of lines of a source document. */
public record LineRange(int first, int last) {
    public LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad line range " + first + ".." + last);
        }
    }
}
