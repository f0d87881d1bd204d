package dev.mockinterview.bank.build;

/** The bank could not be built from its inputs. */
public final class BankBuildException extends RuntimeException {

    /** What went wrong, as a closed vocabulary. */
    public enum Code {
        /** A bundled resource (corpus file, review file, list) is not on the classpath. */
        RESOURCE_MISSING,
        /** A resource exists but cannot be read or parsed. */
        RESOURCE_UNREADABLE,
        /** A line of a merge or related list is malformed. */
        PAIR_LIST_INVALID,
        /** The bundled corpus no longer matches its review file. */
        CORPUS_CHANGED
    }

    private final Code code;

    public BankBuildException(Code code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
