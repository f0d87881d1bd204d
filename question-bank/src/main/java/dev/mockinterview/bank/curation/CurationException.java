package dev.mockinterview.bank.curation;

/** A curated reference file that cannot be used; the message names {@code file:line}. */
public final class CurationException extends RuntimeException {

    /** The closed vocabulary of curation failures. */
    public enum Code {
        /** The index or a listed file is not on the classpath. */
        FILE_MISSING,
        /** A line is not a JSON object of the curated-reference shape. */
        MALFORMED_LINE,
        /** A line parses but breaks a rule of the format (missing field, both or neither of appliesTo and id). */
        INVALID_ENTRY,
        /** The file could not be read. */
        UNREADABLE
    }

    private final Code code;
    private final String file;
    private final int line;

    public CurationException(Code code, String file, int line, String reason, Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
        this.code = code;
        this.file = file;
        this.line = line;
    }

    public CurationException(Code code, String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.code = code;
        this.file = file;
        this.line = line;
    }

    public Code code() {
        return code;
    }

    public String file() {
        return file;
    }

    /** The 1-based line, 0 when the failure concerns the whole file. */
    public int line() {
        return line;
    }
}
