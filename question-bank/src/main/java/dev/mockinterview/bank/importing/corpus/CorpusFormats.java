package dev.mockinterview.bank.importing.corpus;

import dev.mockinterview.bank.importing.FormatAdapter;
import java.util.List;

/** The adapters for the layouts of the bundled corpus, ready to hand to a {@code DocumentImporter}. */
public final class CorpusFormats {

    private CorpusFormats() {}

    public static List<FormatAdapter> adapters() {
        return List.of(
                new NumberedSectionsAdapter(),
                new ChecklistNotesAdapter(),
                new HeadedArticleAdapter(),
                new UnquotedSheetAdapter());
    }
}
