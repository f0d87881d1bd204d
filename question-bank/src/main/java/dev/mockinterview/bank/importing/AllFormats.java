package dev.mockinterview.bank.importing;

import dev.mockinterview.bank.importing.corpus.ChecklistNotesAdapter;
import dev.mockinterview.bank.importing.corpus.HeadedArticleAdapter;
import dev.mockinterview.bank.importing.corpus.NumberedSectionsAdapter;
import dev.mockinterview.bank.importing.corpus.UnquotedSheetAdapter;
import dev.mockinterview.bank.importing.team.DelimitedAdapter;
import dev.mockinterview.bank.importing.team.JsonLinesAdapter;
import dev.mockinterview.bank.importing.team.MarkdownAdapter;
import java.util.List;

/** Every format the importer knows: the layouts of the bundled corpus and the formats teams bring. */
public final class AllFormats {

    private AllFormats() {}

    public static List<FormatAdapter> adapters() {
        return List.of(
                new NumberedSectionsAdapter(),
                new ChecklistNotesAdapter(),
                new HeadedArticleAdapter(),
                new UnquotedSheetAdapter(),
                new MarkdownAdapter(),
                DelimitedAdapter.csv(),
                DelimitedAdapter.tsv(),
                new JsonLinesAdapter());
    }
}
