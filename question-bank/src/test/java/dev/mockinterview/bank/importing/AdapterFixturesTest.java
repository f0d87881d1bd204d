package dev.mockinterview.bank.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.bank.importing.corpus.ChecklistNotesAdapter;
import dev.mockinterview.bank.importing.corpus.CorpusFormats;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small documents per layout under {@code importing/<format>/<case>/}: {@code input.txt} and, beside it,
 * {@code expected.json} with the format the importer must pick, every entry and every problem line.
 */
class AdapterFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(AdapterFixturesTest.class.getResource("/importing").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files
                    .filter(path -> path.getFileName().toString().equals("input.txt"))
                    .map(Path::getParent)
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importsTheFixtureAsExpected(Path fixture) throws IOException {
        ImportResult result =
                new DocumentImporter(CorpusFormats.adapters()).importFile(fixture.resolve("input.txt"), null);
        JsonNode actual = describe(result, fixture);
        Path expectedFile = fixture.resolve("expected.json");
        assertThat(expectedFile)
                .as(
                        "missing %s; the importer produced:%n%s",
                        expectedFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual))
                .exists();
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        assertThat(actual)
                .as(
                        "%s produced:%n%s",
                        fixture, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual))
                .isEqualTo(expected);
    }

    private static JsonNode describe(ImportResult result, Path fixture) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", result.format());
        ArrayNode entries = root.putArray("entries");
        for (ParsedEntry entry : result.entries()) {
            entries.add(describe(entry));
        }
        ArrayNode problems = root.putArray("problems");
        result.problems().forEach(problem -> problems.add(problem.toString()));
        if (result.format().equals(ChecklistNotesAdapter.FORMAT)) {
            SourceDocument document =
                    new TextDecoder().decode("input.txt", Files.readAllBytes(fixture.resolve("input.txt")));
            ArrayNode tocOnly = root.putArray("tocOnly");
            new ChecklistNotesAdapter().tocOnlyQuestions(document).forEach(entry -> tocOnly.add(describe(entry)));
        }
        return root;
    }

    private static ObjectNode describe(ParsedEntry entry) {
        ObjectNode node = JSON.createObjectNode();
        node.put("line", entry.line());
        node.put("section", entry.section());
        node.put("question", entry.question());
        ArrayNode ranges = node.putArray("answerLines");
        entry.answerLines()
                .forEach(range ->
                        ranges.add(JSON.createArrayNode().add(range.first()).add(range.last())));
        node.put("answer", entry.answer());
        node.put("note", entry.note());
        ObjectNode attributes = node.putObject("attributes");
        entry.attributes().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .filter(attribute -> !List.of("number").contains(attribute.getKey()))
                .forEach(attribute -> attributes.put(attribute.getKey(), attribute.getValue()));
        return node;
    }
}
