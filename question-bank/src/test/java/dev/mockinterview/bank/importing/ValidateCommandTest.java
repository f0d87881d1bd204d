package dev.mockinterview.bank.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation command a user runs on their own file, driven through its entry point with captured output. */
class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(String... args) {
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new ValidateCommand(AllFormats.adapters(), stdout, stderr).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String fixture(String relative) {
        try {
            return Path.of(Objects.requireNonNull(ValidateCommandTest.class.getResource("/importing/team/" + relative))
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void goodFileExitsZeroAndListsItsDoubtfulEntries() {
        String file = fixture("csv/quoted.csv");

        int status = validate(file);

        assertThat(status).isEqualTo(ValidateCommand.OK);
        assertThat(stdout().lines())
                .containsExactly(
                        file + ":10: doubtful: MISSING_ANSWER question has no answer; imported unanswered",
                        file + ": read as csv: 4 entries accepted, 0 rejected, 1 doubtful");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void badFileExitsOneWithOneLinePerProblemAndTheLineNumbers() {
        String file = fixture("csv/malformed.csv");

        int status = validate(file);

        assertThat(status).isEqualTo(ValidateCommand.REJECTED);
        assertThat(stdout().lines())
                .containsExactly(
                        file + ":3: rejected: MALFORMED_ENTRY expected 4 fields as in the header, found 5",
                        file + ":4: rejected: MALFORMED_ENTRY expected 4 fields as in the header, found 2",
                        file + ":5: rejected: MALFORMED_ENTRY difficulty must be 1, 2 or 3, got \"5\"",
                        file + ":6: rejected: MALFORMED_ENTRY record has no question text",
                        file
                                + ":7: rejected: MALFORMED_ENTRY quote opened on this line is never closed; record skipped",
                        file + ":10: rejected: MALFORMED_ENTRY text after the closing quote of a field"
                                + " (a quote inside a quoted field must be doubled: \"\")",
                        file + ": read as csv: 3 entries accepted, 6 rejected, 0 doubtful");
    }

    @Test
    void severalFilesOfDifferentFormatsAreEachRecognisedAndTotalled() {
        String jsonl = fixture("jsonl/malformed.jsonl");
        String markdown = fixture("markdown/headings.md");
        String tsv = fixture("tsv/sheet.tsv");

        int status = validate(markdown, tsv, jsonl);

        assertThat(status).isEqualTo(ValidateCommand.REJECTED);
        assertThat(stdout())
                .contains(markdown + ": read as markdown: 5 entries accepted, 0 rejected, 1 doubtful\n")
                .contains(tsv + ": read as tsv: 2 entries accepted, 0 rejected, 0 doubtful\n")
                .contains(jsonl + ":4: rejected: MALFORMED_ENTRY \"difficulty\" must be 1, 2 or 3, got 4\n")
                .contains(jsonl + ": read as jsonl: 2 entries accepted, 9 rejected, 2 doubtful\n")
                .endsWith("total: 9 entries accepted, 9 rejected, 3 doubtful\n");
    }

    @Test
    void chineseCsvSavedAsGb18030IsReadWithoutProblems() {
        String file = fixture("csv/gb18030.csv");

        int status = validate(file);

        assertThat(status).isEqualTo(ValidateCommand.OK);
        assertThat(stdout()).isEqualTo(file + ": read as csv: 2 entries accepted, 0 rejected, 0 doubtful\n");
    }

    @Test
    void forcedFormatOverridesTheSignature() {
        String file = fixture("csv/quoted.csv");

        int status = validate("--format", "jsonl", file);

        assertThat(status).isEqualTo(ValidateCommand.REJECTED);
        assertThat(stdout())
                .contains(file + ":1: rejected: MALFORMED_ENTRY malformed JSON")
                .contains(file + ": read as jsonl: 0 entries accepted, ");
    }

    @Test
    void unrecognisedFileIsRejected(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "just a shopping list\nmilk\neggs\n");

        int status = validate(file.toString());

        assertThat(status).isEqualTo(ValidateCommand.REJECTED);
        assertThat(stdout())
                .startsWith(file + ":1: rejected: UNKNOWN_FORMAT")
                .endsWith(file + ": format not recognised: 0 entries accepted, 1 rejected, 0 doubtful\n");
    }

    @Test
    void usageErrorsExitTwoAndExplainOnStandardError() {
        assertThat(validate()).isEqualTo(ValidateCommand.USAGE);
        assertThat(stderr()).startsWith("validate: no file given\nusage: validate [--format NAME] FILE...");
        err.reset();

        assertThat(validate("--format", "docx", fixture("csv/quoted.csv"))).isEqualTo(ValidateCommand.USAGE);
        assertThat(stderr())
                .startsWith("validate: unknown format 'docx'; known formats: ")
                .contains("csv, tsv, jsonl");
        err.reset();

        assertThat(validate("--verbose", fixture("csv/quoted.csv"))).isEqualTo(ValidateCommand.USAGE);
        assertThat(stderr()).startsWith("validate: unknown option --verbose");
        err.reset();

        assertThat(validate("--format")).isEqualTo(ValidateCommand.USAGE);
        assertThat(stderr()).startsWith("validate: --format needs a format name");
        err.reset();

        assertThat(validate("does/not/exist.csv")).isEqualTo(ValidateCommand.USAGE);
        assertThat(stderr()).startsWith("validate: no such file: does/not/exist.csv");
        assertThat(stdout()).isEmpty();
    }
}
