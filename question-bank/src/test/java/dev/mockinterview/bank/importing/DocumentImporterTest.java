package dev.mockinterview.bank.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.importing.corpus.CorpusFormats;
import dev.mockinterview.bank.importing.corpus.HeadedArticleAdapter;
import dev.mockinterview.bank.importing.corpus.NumberedSectionsAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentImporterTest {

    private final DocumentImporter importer = new DocumentImporter(CorpusFormats.adapters());

    @Test
    void rejectsProseNoAdapterRecognisesAtLineOne() {
        ImportResult result =
                importer.importDocument("notes.txt", "今天天气很好。\n我们去公园散步。\n".getBytes(StandardCharsets.UTF_8), null);

        assertThat(result.entries()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(ImportProblem.Severity.REJECTED);
            assertThat(problem.toString()).startsWith("notes.txt:1: UNKNOWN_FORMAT unknown format");
        });
    }

    @Test
    void rejectsAForcedFormatThatDoesNotExist() {
        ImportResult result =
                importer.importDocument("a.txt", "一、基础篇\n\n1. 问题?\n答案。\n".getBytes(StandardCharsets.UTF_8), "yaml");

        assertThat(result.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.toString())
                        .startsWith("a.txt:1: UNKNOWN_FORMAT unknown format 'yaml'")
                        .contains(NumberedSectionsAdapter.FORMAT));
    }

    @Test
    void usesTheForcedFormatEvenWhenTheSignatureIsWeak() {
        byte[] twoQuestions =
                "一、基础篇\n\n1. 什么是 LoRA?\n低秩更新。\n\n2. 什么是 QLoRA?\n4 bit 量化加 LoRA。\n".getBytes(StandardCharsets.UTF_8);

        assertThat(importer.importDocument("a.txt", twoQuestions, null).format())
                .isEqualTo("none");
        ImportResult forced = importer.importDocument("a.txt", twoQuestions, NumberedSectionsAdapter.FORMAT);
        assertThat(forced.entries()).extracting(ParsedEntry::line).containsExactly(3, 6);
    }

    @Test
    void refusesToGuessWhenTwoAdaptersAreEquallySure() {
        var undecided = new DocumentImporter(List.of(new HeadedArticleAdapter(), new HeadedArticleAdapter()));
        byte[] article =
                "一、什么是 LoRA?\n\n低秩更新。\n\n二、微调\n\n2.1 什么是 QLoRA?\n\n量化加 LoRA。\n".getBytes(StandardCharsets.UTF_8);

        assertThat(new DocumentImporter(List.of(new HeadedArticleAdapter()))
                        .importDocument("a.txt", article, null)
                        .entries())
                .hasSize(2);
        assertThat(undecided.importDocument("a.txt", article, null).problems())
                .singleElement()
                .satisfies(
                        problem -> assertThat(problem.toString()).startsWith("a.txt:1: UNKNOWN_FORMAT unknown format"));
    }

    @Test
    void rejectsBinaryGarbageWithoutThrowing() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);

        ImportResult result = importer.importDocument("image.png", garbage, null);

        assertThat(result.entries()).isEmpty();
        assertThat(result.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason()).startsWith("UNREADABLE binary content"));
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(importer.importDocument("empty.txt", new byte[0], null).problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.toString()).isEqualTo("empty.txt:1: UNREADABLE empty file"));
    }

    @Test
    void reportsAFileThatCannotBeRead(@TempDir Path directory) {
        ImportResult result = importer.importFile(directory.resolve("missing.txt"), null);

        assertThat(result.problems())
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.toString()).startsWith("missing.txt:1: UNREADABLE cannot read file"));
    }

    @Test
    void importsAFileFromDisk(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("bank.tsv");
        Files.writeString(file, "序号\t问题\t答案\n1\t什么是 epoch\t完整遍历一次训练集。" + "\t".repeat(24) + "\n");

        ImportResult result = importer.importFile(file, null);

        assertThat(result.format()).isEqualTo("unquoted-sheet");
        assertThat(result.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.document()).isEqualTo("bank.tsv");
            assertThat(entry.answer()).isEqualTo("完整遍历一次训练集。");
        });
    }
}
