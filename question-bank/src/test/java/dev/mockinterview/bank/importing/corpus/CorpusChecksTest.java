package dev.mockinterview.bank.importing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.importing.TextDecoder;
import dev.mockinterview.bank.importing.TextNormalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks the corpus notes (§7) ask for, on the five bundled documents. */
class CorpusChecksTest {

    private static final String PAGE = "000_43894fa0e3b128f8.txt";
    private static final String NOTES = "001_c14bfeaf169b6fab.txt";
    private static final String SHEET = "003_b4403f347d043dd9.txt";
    private static final String REPOST = "004_eb227235c22a4492.txt";

    private static Map<String, ImportResult> results;

    @BeforeAll
    static void importAll() {
        results = BundledCorpus.DOCUMENTS.stream()
                .collect(Collectors.toMap(Function.identity(), BundledCorpus::importBundled));
    }

    @Test
    void countsEntriesPerDocument() {
        Map<String, Integer> counts = results.values().stream()
                .collect(Collectors.toMap(
                        ImportResult::document, result -> result.entries().size()));
        assertThat(counts)
                .containsEntry(PAGE, 122)
                .containsEntry(NOTES, 151)
                .containsEntry("002_28a2a5e8e1db754e.txt", 9)
                .containsEntry(SHEET, 37)
                .containsEntry(REPOST, 55);
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(374);
    }

    @Test
    void picksTheAdapterOfEachLayout() {
        assertThat(results.get(PAGE).format()).isEqualTo(NumberedSectionsAdapter.FORMAT);
        assertThat(results.get(REPOST).format()).isEqualTo(NumberedSectionsAdapter.FORMAT);
        assertThat(results.get(NOTES).format()).isEqualTo(ChecklistNotesAdapter.FORMAT);
        assertThat(results.get("002_28a2a5e8e1db754e.txt").format()).isEqualTo(HeadedArticleAdapter.FORMAT);
        assertThat(results.get(SHEET).format()).isEqualTo(UnquotedSheetAdapter.FORMAT);
    }

    @Test
    void readsTheSheetAsThirtySevenRowsWhereALineReaderSeesHundreds() {
        List<String> lines =
                new TextDecoder().decode(SHEET, BundledCorpus.bytes(SHEET)).lines();
        long lineReaderRows = lines.size() - 6;
        assertThat(lineReaderRows).isGreaterThan(700);
        assertThat(results.get(SHEET).entries()).hasSize(37);
        assertThat(results.get(SHEET).entries())
                .extracting(ParsedEntry::note)
                .containsSubsequence("简要回答即可", "主要回答前两项即可", "回答样板仅供参考");
    }

    @Test
    void keepsTheRepostsFiftyFiveQuestionsDespiteRepeatedNumbers() {
        ImportResult repost = results.get(REPOST);
        assertThat(repost.entries()).hasSize(55);
        assertThat(repost.entries())
                .filteredOn(entry -> entry.attributes().get("number").equals("35"))
                .extracting(ParsedEntry::line)
                .containsExactly(392, 406);
        assertThat(repost.problems())
                .anySatisfy(problem -> assertThat(problem.toString())
                        .startsWith(REPOST + ":406:")
                        .contains("repeats"));
    }

    @Test
    void splitsAQuestionThatSharesItsLineWithTheAnswer() {
        ParsedEntry hallucination = entryAt(REPOST, 80);
        assertThat(hallucination.question()).isEqualTo("模型幻觉是什么?业内解决方案是什么?");
        assertThat(hallucination.answer()).startsWith("模型幻觉是指模型在生成文本时");
    }

    @Test
    void takesNoNumberedAnswerItemForAQuestion() {
        assertThat(results.get(PAGE).entries())
                .extracting(ParsedEntry::question)
                .noneMatch(question -> question.contains("Milvus") || question.contains("计算Query"));
        assertThat(results.get(PAGE).problems())
                .extracting(Object::toString)
                .anyMatch(problem -> problem.startsWith(PAGE + ":93:") && problem.contains("dropped"))
                .anyMatch(problem -> problem.startsWith(PAGE + ":95:"))
                .anyMatch(problem -> problem.startsWith(PAGE + ":108:"));
    }

    @Test
    void takesNoTableOfContentsLineAsABodyQuestionAndFindsAllBulbQuestions() {
        ImportResult notes = results.get(NOTES);
        assertThat(notes.entries()).allSatisfy(entry -> assertThat(entry.line()).isGreaterThan(239));
        assertThat(notes.entries())
                .filteredOn(entry -> "bulb".equals(entry.attributes().get("style")))
                .hasSize(32);
    }

    @Test
    void exposesTheQuestionsThatOnlyTheTableOfContentsAsks() {
        var document = new TextDecoder().decode(NOTES, BundledCorpus.bytes(NOTES));
        List<ParsedEntry> tocOnly = new ChecklistNotesAdapter().tocOnlyQuestions(document);
        assertThat(tocOnly)
                .extracting(ParsedEntry::line)
                .containsExactly(
                        178, 179, 180, 181, 182, 183, 184, 193, 198, 216, 217, 218, 219, 220, 223, 224, 229, 230, 231,
                        232, 233, 234, 245, 246, 247, 248, 249, 250, 251);
        assertThat(tocOnly).allSatisfy(entry -> {
            assertThat(entry.hasAnswer()).isFalse();
            assertThat(entry.answerLines()).isEmpty();
            assertThat(entry.attributes()).containsEntry("tocOnly", "true");
        });
        Set<String> bodyKeys = results.get(NOTES).entries().stream()
                .map(entry -> TextNormalizer.comparisonKey(entry.question()))
                .collect(Collectors.toSet());
        assertThat(tocOnly).noneMatch(entry -> bodyKeys.contains(TextNormalizer.comparisonKey(entry.question())));
    }

    @Test
    void storesNoEntityCopyChromeOrBulbInAnyText() {
        List<String> texts = results.values().stream()
                .flatMap(result -> result.entries().stream())
                .flatMap(entry -> java.util.stream.Stream.of(entry.question(), entry.answer()))
                .toList();
        assertThat(texts).hasSize(2 * 374).noneMatch(text -> text.matches("(?s).*&(#x?[0-9a-fA-F]+|[a-z]+);.*"));
        assertThat(texts).noneMatch(text -> text.contains("💡") || text.contains("**"));
        assertThat(texts)
                .flatMap(text -> List.of(text.split("\n")))
                .noneMatch(line -> line.strip().matches("(Python)?复制|Python"));
        assertThat(texts).noneMatch(text -> text.contains("\u00A0"));
        assertThat(texts).noneMatch(text -> text.contains("- [x]") || text.contains("[[#") || text.contains("```"));
        assertThat(texts).filteredOn(text -> text.contains("http")).hasSizeLessThan(5);
    }

    @Test
    void relocatesTheDisplacedBodyOfTheHallucinationQuestion() {
        ParsedEntry hallucination = entryAt(NOTES, 1130);
        assertThat(hallucination.answer().length()).isBetween(550, 700);
        assertThat(hallucination.answer()).contains("数据清洗和预处理", "多样化训练数据", "引入多样性的生成策略", "人工审核和后处理", "引入外部知识和约束");
        assertThat(hallucination.attributes()).containsEntry("displaced", "rule");
    }

    @Test
    void recoversMostDisplacedBodiesByRuleAndTheRestFromTheCheckedTable() {
        Map<String, Long> bySource = results.get(NOTES).entries().stream()
                .filter(entry -> entry.attributes().containsKey("displaced"))
                .collect(Collectors.groupingBy(entry -> entry.attributes().get("displaced"), Collectors.counting()));

        assertThat(bySource).containsEntry("rule", 20L).containsEntry("override", 12L);
    }

    @Test
    void keepsCodeOutOfTheAnswerButRemembersIt() {
        ParsedEntry components = entryAt(NOTES, 655);
        assertThat(components.attributes()).containsEntry("hasCode", "true");
        assertThat(components.answer()).doesNotContain("from langchain import", "```");
    }

    @Test
    void stripsChatChromeAndPreamblesFromTheSheet() {
        assertThat(entryAt(SHEET, 72).answer()).doesNotStartWith("在面试中").startsWith("数据预处理关键步骤");
        assertThat(entryAt(SHEET, 168).answer()).doesNotContain("Python复制");
        assertThat(entryAt(SHEET, 531).hasAnswer()).isFalse();
        assertThat(entryAt(SHEET, 531).attributes()).containsKey("answerUrl");
        assertThat(entryAt(SHEET, 64).attributes()).containsEntry("answerBelongsTo", "62");
    }

    @Test
    void namesThePartsOfASectionedAnswerAndFlagsItsBrokenFormulas() {
        ParsedEntry repetition = entryAt("002_28a2a5e8e1db754e.txt", 42);

        assertThat(repetition.attributes().get("parts").split("\n"))
                .hasSize(12)
                .startsWith("Unlikelihood Training", "引入噪声", "Repetition Penalty");
        assertThat(repetition.attributes())
                .containsEntry("formulaCorrupted", "true")
                .containsEntry("missingImage", "true");
    }

    @Test
    void readsEveryDocumentWithEveryForcedFormatWithoutBreaking() {
        var importer = new dev.mockinterview.bank.importing.DocumentImporter(CorpusFormats.adapters());
        for (var adapter : CorpusFormats.adapters()) {
            for (String document : BundledCorpus.DOCUMENTS) {
                ImportResult result =
                        importer.importDocument(document, BundledCorpus.bytes(document), adapter.format());

                assertThat(result.format()).isEqualTo(adapter.format());
                assertThat(result.problems())
                        .as(adapter.format() + " on " + document)
                        .noneMatch(problem -> problem.reason().contains("reader failed"));
                assertThat(result.entries().isEmpty() && result.problems().isEmpty())
                        .as(adapter.format() + " on " + document + " must import something or say why not")
                        .isFalse();
            }
        }
    }

    private static ParsedEntry entryAt(String document, int line) {
        return results.get(document).entries().stream()
                .filter(entry -> entry.line() == line)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry at " + document + ":" + line));
    }
}
