package dev.mockinterview.bank.search;

/** A query the bank cannot answer as asked: bad paging or an unknown filter value. */
public final class InvalidQueryException extends RuntimeException {

    /** What is wrong with the query, as a closed vocabulary. */
    public enum Code {
        PAGE_NEGATIVE,
        SIZE_NOT_POSITIVE,
        DIFFICULTY_OUT_OF_RANGE
    }

    private final Code code;

    public InvalidQueryException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
