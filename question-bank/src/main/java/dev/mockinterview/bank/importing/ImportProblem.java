package dev.mockinterview.bank.importing;

/** One rejected or doubtful entry, reported as {@code document:line: reason}. */
public record ImportProblem(String document, int line, Severity severity, String reason) {

    public enum Severity {
        /** The entry was not imported. */
        REJECTED,
        /** The entry was imported but a person should look at it. */
        DOUBTFUL
    }

    @Override
    public String toString() {
        return document + ":" + line + ": " + reason;
    }
}
