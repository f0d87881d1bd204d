package dev.mockinterview.bank.importing.team;

import dev.mockinterview.bank.importing.FormatAdapter;
import dev.mockinterview.bank.importing.SourceDocument;
import dev.mockinterview.bank.importing.TextDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The small input files under {@code importing/team/<format>/}, each with its {@code .expected.json} beside it. */
final class TeamFixtures {

    private TeamFixtures() {}

    static Path root() {
        try {
            return Path.of(Objects.requireNonNull(TeamFixtures.class.getResource("/importing/team"))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every input file (not the expected files), sorted. */
    static List<Path> inputs() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path expected(Path input) {
        String name = input.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        return input.resolveSibling(stem + ".expected.json");
    }

    static SourceDocument document(Path input) {
        try {
            return new TextDecoder().decode(input.getFileName().toString(), Files.readAllBytes(input));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The adapter of the folder the file sits in. */
    static FormatAdapter adapterFor(Path input) {
        String folder = input.getParent().getFileName().toString();
        return switch (folder) {
            case "markdown" -> new MarkdownAdapter();
            case "csv" -> DelimitedAdapter.csv();
            case "tsv" -> DelimitedAdapter.tsv();
            case "jsonl" -> new JsonLinesAdapter();
            default -> throw new IllegalArgumentException("no adapter for folder " + folder);
        };
    }

    static List<FormatAdapter> teamAdapters() {
        return List.of(new MarkdownAdapter(), DelimitedAdapter.csv(), DelimitedAdapter.tsv(), new JsonLinesAdapter());
    }
}
