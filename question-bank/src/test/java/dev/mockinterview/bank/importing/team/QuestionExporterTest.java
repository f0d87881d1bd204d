package dev.mockinterview.bank.importing.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.KeyPoint;
import dev.mockinterview.bank.Quality;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.Source;
import dev.mockinterview.bank.importing.DocumentImporter;
import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.SourceDocument;
import dev.mockinterview.bank.importing.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export to JSON Lines and import again gives equal questions; the same questions always give the same bytes. */
class QuestionExporterTest {

    private final QuestionExporter exporter = new QuestionExporter();
    private final QuestionJson json = new QuestionJson();

    static List<Question> richQuestions() {
        return List.of(
                new Question(
                        "q-000-0013",
                        "architecture",
                        2,
                        "prefix LM 和 causal LM 区别是什么?",
                        List.of("prefix LM 与 causal LM 有何不同", "Prefix LM vs Causal LM"),
                        "prefix LM 对前缀做双向注意力，\n其余部分做因果注意力；\ncausal LM 全部是因果注意力。",
                        List.of(
                                new KeyPoint("前缀部分双向注意力", 1.0, true, 14),
                                new KeyPoint("生成部分因果注意力", 0.5, true, 14),
                                new KeyPoint("causal LM 只看左侧上下文", 1.0 / 3, false, 15)),
                        List.of(new Source("000_43894fa0e3b128f8.txt", 13), new Source("004_eb227235c22a4492.txt", 20)),
                        List.of("q-001-0245"),
                        new Quality(
                                QualityStatus.WRONG,
                                List.of("wrong", "minor"),
                                "prefix LM confused with prefix-tuning")),
                new Question(
                        "q-003-0007",
                        "engineering",
                        3,
                        "写一个 PyTorch 训练脚本的步骤?",
                        List.of(),
                        "1. 定义 Dataset\t和 DataLoader\n2. 写 \"train_step\"：loss.backward() \\ optimizer.step()\n"
                                + "3. 保存 checkpoint ✅ 😀 \u2028 行分隔符",
                        List.of(new KeyPoint("Dataset/DataLoader 读取数据", 2.0, true, 0)),
                        List.of(new Source("003_b4403f347d043dd9.txt", 64)),
                        List.of(),
                        new Quality(QualityStatus.TRUSTED, List.of(), "")),
                new Question(
                        "q-001-1808",
                        "evaluation",
                        1,
                        "大模型怎么评测？",
                        List.of("如何评估大模型"),
                        "",
                        List.of(),
                        List.of(),
                        List.of("q-003-0001", "q-000-0100"),
                        new Quality(QualityStatus.UNANSWERED, List.of("missing"), "TOC only")),
                new Question(
                        "q-003-0566",
                        "behavioural",
                        2,
                        "介绍一个你做过的大模型项目",
                        List.of(),
                        "回答样板仅供参考：背景、方案、结果。",
                        List.of(),
                        List.of(new Source("003_b4403f347d043dd9.txt", 566)),
                        List.of(),
                        new Quality(QualityStatus.EXPERIENCE, List.of("experience"), "回答样板仅供参考")),
                new Question(
                        "q-000-0475",
                        "fine-tuning",
                        2,
                        "什么是知识蒸馏?",
                        List.of(),
                        "用大模型的输出指导小模型训练。",
                        List.of(new KeyPoint("教师模型的软标签", 1.0, false, 475)),
                        List.of(new Source("000_43894fa0e3b128f8.txt", 474)),
                        List.of(),
                        new Quality(QualityStatus.SHALLOW, List.of("shallow"), "one sentence")));
    }

    @Test
    void exportThenImportGivesEqualQuestions() {
        List<Question> questions = richQuestions();
        SourceDocument exported = decode("bank.jsonl", exporter.toJsonLines(questions));

        ImportResult result = new JsonLinesAdapter().parse(exported);

        assertThat(result.problems()).isEmpty();
        List<Question> imported = result.entries().stream().map(json::question).toList();
        assertThat(imported).containsExactlyElementsOf(sortedById(questions));
    }

    @Test
    void exportIsSortedByIdWithFieldsInRecordOrderAndEndsEveryLineWithNewline() {
        String exported = exporter.toJsonLines(richQuestions());

        assertThat(exported).endsWith("\n").doesNotContain("\r");
        List<String> lines = exported.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0))
                .startsWith("{\"id\":\"q-000-0013\",\"topic\":\"architecture\",\"difficulty\":2,\"question\":")
                .contains("\"quality\":{\"status\":\"wrong\",\"flags\":[\"wrong\",\"minor\"],\"notes\":");
        assertThat(lines)
                .extracting(line -> line.substring(7, 17))
                .containsExactly("q-000-0013", "q-000-0475", "q-001-1808", "q-003-0007", "q-003-0566");
        assertThat(lines.get(1))
                .contains(
                        "\"keyPoints\":[{\"text\":\"教师模型的软标签\",\"weight\":1.0,\"required\":false,"
                                + "\"sourceLine\":475}],\"sources\":[{\"document\":\"000_43894fa0e3b128f8.txt\",\"line\":474}]");
    }

    @Test
    void sameQuestionsInAnyOrderGiveTheSameBytes() {
        List<Question> shuffled = new ArrayList<>(richQuestions());
        Collections.shuffle(shuffled, new Random(7));

        assertThat(exporter.toJsonLines(shuffled)).isEqualTo(exporter.toJsonLines(richQuestions()));
    }

    @Test
    void reExportOfAnImportIsByteForByteTheSame() {
        String first = exporter.toJsonLines(richQuestions());
        List<Question> imported = new JsonLinesAdapter()
                .parse(decode("bank.jsonl", first)).entries().stream()
                        .map(json::question)
                        .toList();

        assertThat(exporter.toJsonLines(imported)).isEqualTo(first);
    }

    @Test
    void writtenFileIsUtf8AndTheImporterRecognisesItAsJsonLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("export.jsonl");
        exporter.write(richQuestions(), file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(exporter.toJsonLines(richQuestions()));
        ImportResult result = new DocumentImporter(TeamFixtures.teamAdapters()).importFile(file, null);
        assertThat(result.format()).isEqualTo("jsonl");
        assertThat(result.entries()).hasSize(5);
        assertThat(result.problems()).isEmpty();
    }

    private static SourceDocument decode(String name, String text) {
        return new TextDecoder().decode(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Question> sortedById(List<Question> questions) {
        return questions.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }
}
