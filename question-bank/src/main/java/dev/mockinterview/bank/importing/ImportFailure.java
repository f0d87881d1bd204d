package dev.mockinterview.bank.importing;

/** The closed vocabulary of import failures; each problem or exception carries one. */
public enum ImportFailure {
    /** No adapter recognised the layout, or a forced format does not exist. */
    UNKNOWN_FORMAT,
    /** The file could not be read or is not text. */
    UNREADABLE,
    /** A structural rule of the layout was broken (a row that never ends, a number that jumps ...). */
    MALFORMED_ENTRY,
    /** A question has no answer. */
    MISSING_ANSWER,
    /** The entry was read but a person should check it (a pseudo-heading, an answer in the wrong row ...). */
    DOUBTFUL_ENTRY,
    /** An override no longer matches the line it was written for: the corpus changed. */
    OVERRIDE_STALE,
    /** The override table itself cannot be read. */
    OVERRIDE_MALFORMED
}
