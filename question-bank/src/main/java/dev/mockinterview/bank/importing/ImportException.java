package dev.mockinterview.bank.importing;

/** A failure of the import machinery itself (not of a user's document, which is reported, never thrown). */
public final class ImportException extends RuntimeException {

    private final ImportFailure failure;

    public ImportException(ImportFailure failure, String message) {
        super(failure + ": " + message);
        this.failure = failure;
    }

    public ImportFailure failure() {
        return failure;
    }
}
