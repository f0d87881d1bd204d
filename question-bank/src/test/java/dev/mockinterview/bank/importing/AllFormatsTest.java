package dev.mockinterview.bank.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** With every adapter competing, each document goes to the reader of its own layout. */
class AllFormatsTest {

    private final DocumentImporter importer = new DocumentImporter(AllFormats.adapters());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "corpus/000_43894fa0e3b128f8.txt, numbered-sections",
        "corpus/001_c14bfeaf169b6fab.txt, checklist-notes",
        "corpus/002_28a2a5e8e1db754e.txt, headed-article",
        "corpus/003_b4403f347d043dd9.txt, unquoted-sheet",
        "corpus/004_eb227235c22a4492.txt, numbered-sections",
        "importing/team/markdown/headings.md, markdown",
        "importing/team/markdown/numbered.md, markdown",
        "importing/team/markdown/unclosed-fence.md, markdown",
        "importing/team/markdown/bold-numbered.md, markdown",
        "importing/team/markdown/tildes-and-numbered-headings.md, markdown",
        "importing/team/csv/quoted.csv, csv",
        "importing/team/csv/malformed.csv, csv",
        "importing/team/csv/gb18030.csv, csv",
        "importing/team/tsv/sheet.tsv, tsv",
        "importing/team/tsv/malformed.tsv, tsv",
        "importing/team/tsv/chinese-header.tsv, tsv",
        "importing/team/jsonl/bank.jsonl, jsonl",
        "importing/team/jsonl/malformed.jsonl, jsonl"
    })
    void eachDocumentIsReadByTheAdapterOfItsLayout(String resource, String format) throws IOException {
        byte[] bytes;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/" + resource))) {
            bytes = in.readAllBytes();
        }

        ImportResult result = importer.importDocument(resource.substring(resource.lastIndexOf('/') + 1), bytes, null);

        assertThat(result.format()).isEqualTo(format);
        assertThat(result.entries()).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void everyFormatNameIsDistinct() {
        List<String> names =
                AllFormats.adapters().stream().map(FormatAdapter::format).toList();

        assertThat(names)
                .doesNotHaveDuplicates()
                .containsExactly(
                        "numbered-sections",
                        "checklist-notes",
                        "headed-article",
                        "unquoted-sheet",
                        "markdown",
                        "csv",
                        "tsv",
                        "jsonl");
    }
}
