package dev.mockinterview.bank.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.bank.KeyPoint;
import dev.mockinterview.bank.Quality;
import dev.mockinterview.bank.QualityStatus;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.Source;
import dev.mockinterview.bank.curation.CuratedReference;
import dev.mockinterview.bank.dedupe.EntryPair;
import dev.mockinterview.bank.dedupe.EntryPairs;
import dev.mockinterview.bank.importing.LineRange;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.review.ReviewIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BankBuilderTest {

    private static final String LORA_ANSWER = "1. 低秩分解：冻结原权重 W，只训练低秩矩阵 B 和 A，权重增量为 BA。\n"
            + "2. 初始化：B 初始化为零，训练开始时模型输出不变。\n"
            + "3. 合并：推理前把 BA 按 α/r 缩放后加回 W，不增加推理延迟。";

    @Test
    void mergesExactDuplicatesOfUserFilesAndKeepsOtherWordingsAsVariants() {
        List<Question> bank = BankBuilder.forImports()
                .build(List.of(
                        entry("team.md", 3, "什么是 LoRA？", LORA_ANSWER),
                        entry("team.md", 9, "什么是LoRA?", "短答案"),
                        entry("team.md", 15, "RAG 的流程是怎样的？", "1. 切分文档：分块。\n2. 向量化：嵌入入库。\n3. 检索生成：召回后交给模型生成答案。")));
        assertThat(bank).hasSize(2);
        Question lora = bank.stream()
                .filter(q -> q.question().contains("LoRA"))
                .findFirst()
                .orElseThrow();
        assertThat(lora.id()).startsWith("u-").hasSize(14);
        assertThat(lora.sources()).containsExactly(new Source("team.md", 3), new Source("team.md", 9));
        assertThat(lora.variants()).isEmpty();
        assertThat(lora.topic()).isEqualTo("peft");
        assertThat(lora.keyPoints())
                .extracting(KeyPoint::text)
                .hasSize(3)
                .first()
                .asString()
                .startsWith("低秩分解");
        assertThat(lora.quality().status()).isEqualTo(QualityStatus.TRUSTED);
    }

    @Test
    void idsOfUserQuestionsSurviveAReimportWithMovedLinesAndEditedAnswers() {
        List<Question> first = BankBuilder.forImports().build(List.of(entry("team.md", 3, "什么是 LoRA？", LORA_ANSWER)));
        List<Question> second = BankBuilder.forImports()
                .build(List.of(
                        entry("team.md", 1, "新问题：什么是 QLoRA？", LORA_ANSWER),
                        entry("team.md", 40, "什么是LoRA？", LORA_ANSWER + "\n4. 补充：秩 r 常取 8。")));
        assertThat(second).extracting(Question::id).contains(first.get(0).id());
        assertThat(EntryIds.hashed("other.md", "什么是 LoRA？"))
                .isNotEqualTo(first.get(0).id());
    }

    @Test
    void sameInputGivesTheSameOutput() throws Exception {
        List<ParsedEntry> entries = List.of(
                entry("a.md", 1, "什么是 LoRA？", LORA_ANSWER),
                entry("a.md", 5, "什么是幻觉？", "模型生成看似合理但不真实的内容，原因是训练数据噪声与解码策略等多种因素共同作用。"));
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(BankBuilder.forImports().build(entries)))
                .isEqualTo(json.writeValueAsString(BankBuilder.forImports().build(entries)));
    }

    @Test
    void takesWholeQuestionsFromJsonLinesAsTheyAreKeepingTheirIds() throws Exception {
        Question exported = new Question(
                "q-003-0214",
                "inference",
                3,
                "vLLM 的推理加速是怎么实现的？",
                List.of("vllm的推理加速是怎么实现的"),
                "PagedAttention……",
                List.of(new KeyPoint("PagedAttention：KV Cache 分块", 1.0, true, 215)),
                List.of(new Source("003_b4403f347d043dd9.txt", 214)),
                List.of(),
                new Quality(QualityStatus.TRUSTED, List.of("minor"), "bf16 不是量化"));
        String line = new ObjectMapper().writeValueAsString(exported);
        ParsedEntry entry = new ParsedEntry(
                "bank.jsonl",
                1,
                null,
                exported.question(),
                List.of(),
                exported.referenceAnswer(),
                null,
                Map.of("jsonl", line));
        assertThat(BankBuilder.forImports().build(List.of(entry))).containsExactly(exported);
    }

    @Test
    void curatedReferenceReplacesTheAnswerMakesItTrustedAndKeepsTheSources() {
        ReviewIndex review = ReviewIndex.bundled();
        List<ParsedEntry> entries = List.of(
                entry(
                        "000_43894fa0e3b128f8.txt",
                        240,
                        "LoRA 原理与使用技巧有那些?",
                        "LoRA 用 SVD 压缩权重。这是错误的描述，不过长度足够长，足以通过浅答案的检查。"),
                entry("001_c14bfeaf169b6fab.txt", 1616, "什么是 LoRA?", "LoRA 是奇异值分解。这也是错误的描述，同样长度足够长，能够通过浅答案的检查。"));
        EntryPairs merges =
                new EntryPairs("merges", List.of(new EntryPair("q-000-0240", "q-001-1616", "same question")));
        CuratedReference curated = new CuratedReference(
                "q-001-1616",
                null,
                "LoRA 的原理是什么？",
                "peft",
                3,
                "LoRA 冻结 W，学习低秩增量 BA……",
                List.of("冻结原权重，学习低秩增量 ΔW = BA", "B 初始化为零", "合并：W + (α/r)·BA"),
                "described LoRA as SVD compression",
                List.of(new Source("000_43894fa0e3b128f8.txt", 240)),
                null);
        BankBuilder builder = new BankBuilder(review, merges, EntryPairs.none("related"), List.of(curated));
        List<Question> bank = builder.build(entries);
        assertThat(bank).hasSize(1);
        Question lora = bank.get(0);
        assertThat(lora.id()).isEqualTo("q-000-0240");
        assertThat(lora.question()).isEqualTo("LoRA 的原理是什么？");
        assertThat(lora.variants()).contains("LoRA 原理与使用技巧有那些?", "什么是 LoRA?");
        assertThat(lora.keyPointTexts()).containsExactly("冻结原权重，学习低秩增量 ΔW = BA", "B 初始化为零", "合并：W + (α/r)·BA");
        assertThat(lora.sources())
                .containsExactly(
                        new Source("000_43894fa0e3b128f8.txt", 240), new Source("001_c14bfeaf169b6fab.txt", 1616));
        assertThat(lora.quality().status()).isEqualTo(QualityStatus.TRUSTED);
        assertThat(lora.quality().flags()).contains("wrong", "curated");
        assertThat(lora.quality().notes()).contains("described LoRA as SVD compression");
    }

    @Test
    void capsLongReferencesAtALineBreak() {
        String longAnswer = ("这是一行很长的参考答案内容，用来测试截断。".repeat(4) + "\n").repeat(40);
        String capped = BankBuilder.cap(longAnswer);
        assertThat(capped.length()).isLessThanOrEqualTo(BankBuilder.ANSWER_CAP + 2);
        assertThat(capped).endsWith("\n…");
    }

    private static ParsedEntry entry(String document, int line, String question, String answer) {
        int lines = (int) answer.lines().count();
        return new ParsedEntry(
                document,
                line,
                null,
                question,
                answer.isBlank() ? List.of() : List.of(new LineRange(line + 1, line + lines)),
                answer,
                null,
                Map.of());
    }
}
