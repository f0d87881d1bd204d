package dev.mockinterview.bank.importing;

/** Reads one layout of interview document. Adapters never throw on bad input: they report it. */
public interface FormatAdapter {

    /** A short stable name, used to force a format ({@code --format numbered-sections}). */
    String format();

    /** How sure this adapter is that the document is in its layout, 0 (not at all) to 1 (certain). */
    double signature(SourceDocument document);

    ImportResult parse(SourceDocument document);
}
