package dev.mockinterview.bank.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.bank.BundledBank;
import dev.mockinterview.bank.KeyPoint;
import dev.mockinterview.bank.build.EntryIds;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.review.ReviewIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyPointSplitterTest {

    /**
     * For each fixture of corpus notes §5.2, the key terms of each expected point (alternatives separated by |).
     * A fixture point counts as found when one of its terms appears in one of our points.
     */
    private static final Map<String, List<String>> KEY_TERMS = Map.ofEntries(
            Map.entry("q-000-0484", List.of("softmax", "参数量|Wq|W_Q", "多头", "根号|√|sqrt")),
            Map.entry("q-003-0139", List.of("未来|之前", "负无穷|-inf|无穷", "padding|填充")),
            Map.entry(
                    "q-002-0042",
                    List.of(
                            "Unlikelihood",
                            "Repetition|重复惩罚",
                            "Contrastive",
                            "TopK|TopP|top-k|top-p|Nucleus|Temperature",
                            "seq-rep|重复率|后处理")),
            Map.entry(
                    "q-002-0218", List.of("平方|复杂度", "LongChat|插值|缩放", "ALiBi", "稀疏|MoE|Multi-Query", "Linear|线性|RWKV")),
            Map.entry("q-002-0196", List.of("BERT", "ChatGLM|LLaMA|大模型", "NLG|NLU")),
            Map.entry("q-003-0567", List.of("冻结", "LoRA|Adapter|适配器", "重放|混合|多任务", "EWC|蒸馏", "学习率|渐进")),
            Map.entry("q-003-0325", List.of("全参数", "LoRA", "QLoRA", "选择|区别|资源")),
            Map.entry("q-003-0303", List.of("PPO", "奖励模型|奖励", "DPO", "简单|稳定|通用")),
            Map.entry("q-003-0214", List.of("PagedAttention", "KV Cache", "连续批处理|Continuous", "CUDA|分布式|异步")),
            Map.entry("q-003-0475", List.of("文档|切片|切分", "向量数据库|向量表示|嵌入", "检索", "生成")),
            Map.entry("q-003-0432", List.of("高维", "相似性|索引", "扩展|分布式")),
            Map.entry("q-000-0639", List.of("数据并行", "张量并行", "流水线并行", "区别")),
            Map.entry("q-003-0007", List.of("损失|Loss", "BLEU|ROUGE|指标|F1", "人工评估|Human", "业务|泛化|领域")),
            Map.entry("q-000-0045", List.of("幻觉是指|定义", "数据", "外部知识|知识库", "推理|后处理|审核")),
            Map.entry("q-003-0508", List.of("INNER JOIN", "LEFT")));

    private static JsonNode fixtures;
    private static Map<String, ParsedEntry> entries;
    private final KeyPointSplitter splitter = new KeyPointSplitter();

    @BeforeAll
    static void readCorpus() throws IOException {
        fixtures = new ObjectMapper().readTree(KeyPointSplitterTest.class.getResourceAsStream("/rubric/fixtures.json"));
        entries = BundledBank.entries(ReviewIndex.bundled()).stream()
                .collect(Collectors.toMap(e -> EntryIds.bundled(e.document(), e.line()), e -> e));
    }

    @Test
    void splitsEveryFixtureIntoTwoToEightPointsThatCoverMostExpectedPoints() {
        int found = 0;
        int expected = 0;
        int countWithinOne = 0;
        List<String> missing = new ArrayList<>();
        for (JsonNode fixture : fixtures) {
            String id = fixture.get("id").asText();
            Rubric rubric = split(entries.get(id));
            String all = rubric.keyPoints().stream()
                    .map(KeyPoint::text)
                    .collect(Collectors.joining("\n"))
                    .toLowerCase(Locale.ROOT);
            int expectedCount = fixture.get("keyPoints").size();
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d points (%s), fixture %d%n",
                    id,
                    rubric.keyPoints().size(),
                    rubric.method(),
                    expectedCount);
            assertThat(rubric.keyPoints()).as(id).hasSizeBetween(2, 8);
            if (Math.abs(rubric.keyPoints().size() - expectedCount) <= 1) {
                countWithinOne++;
            }
            assertThat(KEY_TERMS.get(id)).as(id).hasSize(expectedCount);
            for (String terms : KEY_TERMS.get(id)) {
                expected++;
                boolean hit =
                        List.of(terms.split("\\|")).stream().anyMatch(t -> all.contains(t.toLowerCase(Locale.ROOT)));
                if (hit) {
                    found++;
                } else {
                    missing.add(id + " [" + terms + "]");
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "fixture points found: %d/%d; point counts within one of the fixture: %d/15; missing: %s%n",
                found,
                expected,
                countWithinOne,
                missing);
        assertThat((double) found / expected).isGreaterThanOrEqualTo(0.8);
        assertThat(countWithinOne).isGreaterThanOrEqualTo(9);
    }

    @Test
    void displacedBodyOfTheHallucinationAnswerGivesFivePoints() {
        Rubric rubric = split(entries.get("q-001-1130"));
        assertThat(rubric.keyPoints()).hasSize(5);
        assertThat(rubric.method()).isEqualTo(Rubric.Method.LIST);
    }

    @Test
    void takesOnePointPerTopLevelItemAndAttachesTheChildExplanation() {
        Rubric rubric = splitter.split(
                "vLLM 的推理加速是怎么实现的",
                lines(
                        "vLLM 的推理加速主要基于以下几个方面：",
                        "1. PagedAttention算法",
                        "把 KV Cache 分成固定大小的块按需分配。这样碎片少。",
                        "   - 类似操作系统的分页",
                        "2. 连续批处理：序列结束就补入新请求；提高吞吐",
                        "总之，vLLM 很快。"),
                null);
        assertThat(rubric.method()).isEqualTo(Rubric.Method.LIST);
        assertThat(rubric.keyPoints())
                .extracting(KeyPoint::text)
                .containsExactly("PagedAttention算法：把 KV Cache 分成固定大小的块按需分配", "连续批处理：序列结束就补入新请求");
        assertThat(rubric.keyPoints()).extracting(KeyPoint::sourceLine).containsExactly(2, 5);
    }

    @Test
    void comparisonItemsWithEnglishGlossesTakeTheirDefinitionAndSkipAnItDependsClosing() {
        Rubric rubric = split(entries.get("q-003-0325"));
        assertThat(rubric.keyPoints())
                .extracting(KeyPoint::text)
                .anySatisfy(text -> assertThat(text).startsWith("QLoRA").contains("量化"))
                .noneSatisfy(text -> assertThat(text).contains("取决于具体的应用场景"));
    }

    @Test
    void fallsBackToDefinitionLinesThenToSentences() {
        Rubric defs = splitter.split("并行方式有哪些", lines("数据并行：每张卡一份模型副本。", "张量并行：切分层内矩阵。", "其他说明"), null);
        assertThat(defs.method()).isEqualTo(Rubric.Method.DEFINITIONS);
        assertThat(defs.keyPoints()).extracting(KeyPoint::text).containsExactly("数据并行：每张卡一份模型副本", "张量并行：切分层内矩阵");

        Rubric prose = splitter.split("什么是 ALiBi", lines("ALiBi 在注意力分数上加一个与距离成正比的偏置。每个头的斜率固定。总之，它易于外推。"), null);
        assertThat(prose.method()).isEqualTo(Rubric.Method.SENTENCES);
        assertThat(prose.keyPoints())
                .extracting(KeyPoint::text)
                .containsExactly("ALiBi 在注意力分数上加一个与距离成正比的偏置", "每个头的斜率固定");
    }

    @Test
    void dropsCodeUrlsEmojiAndLabelOnlyLines() {
        Rubric rubric = splitter.split(
                "如何使用",
                lines(
                        "💡 思路:",
                        "1. **安装**：pip install x，见 https://example.com",
                        "```",
                        "import x",
                        "```",
                        "2. 调用：x.run()。",
                        "参考:"),
                null);
        assertThat(rubric.keyPoints()).extracting(KeyPoint::text).containsExactly("安装：pip install x，见", "调用：x.run()");
    }

    @Test
    void keepsAtMostEightPointsWithTheFirstSixRequired() {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            items.add(i + ". 方法" + i + "：说明" + i);
        }
        Rubric rubric = splitter.split("有哪些方法", lines(items.toArray(String[]::new)), null);
        assertThat(rubric.keyPoints()).hasSize(8);
        assertThat(rubric.keyPoints()).filteredOn(KeyPoint::required).hasSize(6);
        assertThat(rubric.keyPoints().get(7).weight()).isEqualTo(0.5);
    }

    @Test
    void readsTheGradingNote() {
        Rubric firstTwo = splitter.split("为什么选择向量数据库", lines("1. 高维：a", "2. 相似性：b", "3. 扩展：c"), "主要回答前两项即可");
        assertThat(firstTwo.keyPoints()).extracting(KeyPoint::required).containsExactly(true, true, false);
        assertThat(firstTwo.minKeyPoints()).isEqualTo(2);
        Rubric brief = splitter.split("vLLM", lines("1. a：x", "2. b：y", "3. c：z"), "简要回答即可");
        assertThat(brief.minKeyPoints()).isEqualTo(2);
        assertThat(splitter.split("项目", lines("1. a：x", "2. b：y"), "回答样板仅供参考").experience())
                .isTrue();
    }

    @Test
    void addsTheSummaryOfAComparisonAsADifferencePoint() {
        Rubric rubric =
                splitter.split("PPO 与 DPO 的区别", lines("1. PPO：强化学习算法", "2. DPO：直接偏好优化", "总结来说，DPO 更简单，PPO 更通用。"), null);
        assertThat(rubric.keyPoints()).extracting(KeyPoint::text).last().isEqualTo("区别：DPO 更简单，PPO 更通用");
    }

    private Rubric split(ParsedEntry entry) {
        List<AnswerLine> lines = new ArrayList<>();
        int line =
                entry.answerLines().isEmpty() ? 0 : entry.answerLines().get(0).first();
        for (String text : entry.answer().lines().toList()) {
            lines.add(new AnswerLine(text, line++));
        }
        return splitter.split(entry.question(), lines, entry.note());
    }

    private static List<AnswerLine> lines(String... texts) {
        List<AnswerLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new AnswerLine(texts[i], i + 1));
        }
        return lines;
    }
}
