package dev.mockinterview.bank.importing.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.bank.importing.ImportProblem;
import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.importing.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each team-format input file parses to exactly the entries and problems written beside it. */
class TeamFormatFixturesTest {

    record ExpectedEntry(
            int line,
            @Nullable String section,
            String question,
            List<List<Integer>> answerLines,
            String answer,
            @Nullable String note,
            Map<String, String> attributes) {}

    record ExpectedProblem(int line, ImportProblem.Severity severity, String reason) {}

    record Expected(List<ExpectedEntry> entries, List<ExpectedProblem> problems) {}

    static List<Path> inputs() {
        return TeamFixtures.inputs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesToTheExpectedEntriesAndProblems(Path input) throws IOException {
        Expected expected =
                new ObjectMapper().readValue(TeamFixtures.expected(input).toFile(), Expected.class);
        SourceDocument document = TeamFixtures.document(input);

        ImportResult result = TeamFixtures.adapterFor(input).parse(document);

        assertThat(result.entries().stream().map(entry -> asExpected(entry, document)))
                .containsExactlyElementsOf(expected.entries());
        assertThat(result.problems().stream()
                        .map(problem -> new ExpectedProblem(problem.line(), problem.severity(), problem.reason())))
                .containsExactlyElementsOf(expected.problems());
        assertThat(result.problems())
                .allSatisfy(problem -> assertThat(problem.document()).isEqualTo(document.name()));
    }

    /** The JSON line itself is not repeated in the expected file: it must be the very line the entry names. */
    private static ExpectedEntry asExpected(ParsedEntry entry, SourceDocument document) {
        Map<String, String> attributes = new HashMap<>(entry.attributes());
        String json = attributes.remove(EntryAttributes.JSONL);
        if (json != null) {
            assertThat(json).isEqualTo(document.line(entry.line()));
        }
        List<List<Integer>> ranges = entry.answerLines().stream()
                .map(range -> List.of(range.first(), range.last()))
                .toList();
        return new ExpectedEntry(
                entry.line(), entry.section(), entry.question(), ranges, entry.answer(), entry.note(), attributes);
    }
}
