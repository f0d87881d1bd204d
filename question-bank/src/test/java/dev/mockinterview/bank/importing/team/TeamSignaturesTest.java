package dev.mockinterview.bank.importing.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.importing.FormatAdapter;
import dev.mockinterview.bank.importing.SourceDocument;
import dev.mockinterview.bank.importing.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each team adapter claims its own files with confidence and leaves the other formats and the corpus alone. */
class TeamSignaturesTest {

    /** Well-formed inputs: their own adapter must be sure of them, every other team adapter must not be. */
    static List<Path> wellFormed() {
        return TeamFixtures.inputs().stream()
                .filter(input -> List.of(
                                "headings.md",
                                "numbered.md",
                                "quoted.csv",
                                "sheet.tsv",
                                "chinese-header.tsv",
                                "bank.jsonl")
                        .contains(input.getFileName().toString()))
                .toList();
    }

    /** Inputs with errors: still recognised as their format, so that the errors are reported by the right reader. */
    static List<Path> broken() {
        return TeamFixtures.inputs().stream()
                .filter(input -> List.of(
                                "unclosed-fence.md",
                                "malformed.csv",
                                "unterminated-at-end.csv",
                                "malformed.tsv",
                                "malformed.jsonl")
                        .contains(input.getFileName().toString()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void ownAdapterIsConfidentAndTheOthersAreNot(Path input) {
        SourceDocument document = TeamFixtures.document(input);
        FormatAdapter own = TeamFixtures.adapterFor(input);

        assertThat(own.signature(document)).isGreaterThanOrEqualTo(0.7);
        for (FormatAdapter other : TeamFixtures.teamAdapters()) {
            if (!other.format().equals(own.format())) {
                assertThat(other.signature(document))
                        .as("%s on %s", other.format(), input.getFileName())
                        .isLessThanOrEqualTo(0.3);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void brokenFilesAreStillClaimedByTheirOwnAdapter(Path input) {
        SourceDocument document = TeamFixtures.document(input);
        FormatAdapter own = TeamFixtures.adapterFor(input);

        assertThat(own.signature(document)).isGreaterThan(0.5);
        for (FormatAdapter other : TeamFixtures.teamAdapters()) {
            if (!other.format().equals(own.format())) {
                assertThat(other.signature(document))
                        .as("%s on %s", other.format(), input.getFileName())
                        .isLessThan(own.signature(document));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "000_43894fa0e3b128f8.txt",
                "001_c14bfeaf169b6fab.txt",
                "002_28a2a5e8e1db754e.txt",
                "003_b4403f347d043dd9.txt",
                "004_eb227235c22a4492.txt"
            })
    void teamAdaptersStayBelowHalfOnTheBundledCorpus(String file) throws IOException {
        SourceDocument document = corpus(file);

        for (FormatAdapter adapter : TeamFixtures.teamAdapters()) {
            assertThat(adapter.signature(document))
                    .as("%s on %s", adapter.format(), file)
                    .isLessThan(0.5);
        }
    }

    @Test
    void tsvAdapterDoesNotClaimTheCorpusSheetEvenWithoutItsFrontMatter() throws IOException {
        SourceDocument sheet = corpus("003_b4403f347d043dd9.txt");
        SourceDocument withoutFrontMatter =
                new SourceDocument(sheet.name(), sheet.lines().subList(5, sheet.lineCount()));

        assertThat(withoutFrontMatter.line(1)).startsWith("序号\t问题\t答案");
        assertThat(DelimitedAdapter.tsv().signature(withoutFrontMatter)).isLessThan(0.5);
    }

    private static SourceDocument corpus(String file) throws IOException {
        try (InputStream in = Objects.requireNonNull(TeamSignaturesTest.class.getResourceAsStream("/corpus/" + file))) {
            return new TextDecoder().decode(file, in.readAllBytes());
        }
    }
}
