package dev.mockinterview.grading.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class GlossaryTest {

    private final Glossary glossary = Glossary.bundled();
    private final TermExtractor extractor = new TermExtractor(glossary);

    @Test
    void synonymsBecomeTheirCanonicalFormLongestFirst() {
        assertThat(glossary.canonical("请外包团队做标注开销很大")).isEqualTo("请外包团队做标注成本很大");
        assertThat(glossary.canonical("时间成本太高")).isEqualTo("耗时太高");
        assertThat(glossary.canonical("这段话没有同义词")).isEqualTo("这段话没有同义词");
    }

    @Test
    void spokenAndBookishWordingShareTheirBigrams() {
        Terms spoken = extractor.terms("它经常胡编一些根本查不到的论文");
        Terms bookish = extractor.terms("模型输出虚构的引用");

        assertThat(bookish.bigramShareIn(spoken)).isPositive();
    }

    @Test
    void parameterNamesMatchTheirChineseName() {
        Terms spoken = extractor.terms("再把 max_new_tokens 设小一点");
        Terms point = extractor.terms("限制最大生成长度");

        assertThat(point.bigramShareIn(spoken)).isPositive();
    }

    @Test
    void underscoreAndHyphenWriteTheSameIdentifier() {
        assertThat(extractor.terms("我一般只调 top_p").identifiers()).contains("top-p");
        assertThat(extractor.terms("Top-p 按累积概率截断").identifiers()).contains("top-p");
    }

    @Test
    void aSynonymAddsNoWeightedConceptThePointWouldLackOtherwise() {
        assertThat(extractor.terms("训练开销大").concepts())
                .isEqualTo(extractor.terms("训练成本大").concepts());
    }

    @Test
    void conceptsAreNamedByAChineseFormAnywhereOrAnEnglishWordStart() {
        assertThat(glossary.conceptsIn("先做层归一化再进残差")).contains("normalization");
        assertThat(glossary.conceptsIn("we apply rmsnorm before each block")).contains("normalization");
        assertThat(glossary.conceptsIn("it normalizes the scores")).contains("normalization");
        assertThat(glossary.conceptsIn("the norm of the gradient")).contains("normalization");
        assertThat(glossary.conceptsIn("a normal distribution")).doesNotContain("normalization");
        assertThat(glossary.conceptsIn("这句话没有任何术语")).isEmpty();
    }

    @Test
    void textbookAndSpokenNamesOfATrainingSettingAreOneConcept() {
        assertThat(glossary.conceptsIn("把批处理大小调到六十四")).contains("batch-size");
        assertThat(glossary.conceptsIn("bs 开到 64 显存就不够了")).contains("batch-size");
        assertThat(glossary.conceptsIn("训练轮数设为三")).contains("epoch");
        assertThat(glossary.conceptsIn("跑了三个 epoch")).contains("epoch");
        assertThat(glossary.conceptsIn("这些超参要网格搜索")).contains("hyperparameter", "parameter");
        assertThat(glossary.conceptsIn("定义合适的目标函数")).contains("loss");
        assertThat(glossary.conceptsIn("在开发集上挑最好的 checkpoint")).contains("validation-set", "checkpoint");
        assertThat(glossary.conceptsIn("we keep a dev set for early stopping"))
                .contains("validation-set", "early-stopping");
    }

    @Test
    void aSpokenAnswerNamesTheConceptsOfABookishPoint() {
        Terms point = extractor.terms("设置随机失活和权重衰减以缓解过度拟合");
        Terms answer = extractor.terms("加 dropout、调大 weight decay，防止 overfit");

        assertThat(answer.concepts()).containsAll(point.concepts());
    }

    @Test
    void neighbouringThingsStayDistinctConcepts() {
        assertThat(glossary.conceptsIn("先做层归一化")).contains("layer-norm").doesNotContain("batch-norm");
        assertThat(glossary.conceptsIn("CNN 里常用 BatchNorm"))
                .contains("batch-norm")
                .doesNotContain("layer-norm");
        assertThat(glossary.conceptsIn("召回率很低")).contains("recall-metric").doesNotContain("precision-metric");
        assertThat(glossary.conceptsIn("精确率很高")).contains("precision-metric").doesNotContain("recall-metric");
        assertThat(glossary.conceptsIn("用 fp16 存权重")).doesNotContain("precision-metric");
        assertThat(glossary.conceptsIn("先预训练")).contains("pretraining").doesNotContain("fine-tuning");
        assertThat(glossary.conceptsIn("张量并行切层内")).contains("tensor-parallel").doesNotContain("pipeline-parallel");
    }

    @Test
    void shortNamesMatchOnlyAsWholeWords() {
        assertThat(glossary.conceptsIn("lr 调小一点")).contains("learning-rate");
        assertThat(glossary.conceptsIn("the abstract says so already")).doesNotContain("batch-size", "learning-rate");
        assertThat(glossary.conceptsIn("the initial value")).doesNotContain("initialization");
        assertThat(glossary.conceptsIn("the model runs out of memory, an oom")).contains("out-of-memory", "memory");
    }

    @Test
    void commonWordsHoldingACharacterOfATermNameNothing() {
        assertThat(glossary.conceptsIn("这是关键的一步")).doesNotContain("key");
        assertThat(glossary.conceptsIn("阈值和数值都值得看")).doesNotContain("value");
        assertThat(glossary.conceptsIn("用正则表达式匹配")).doesNotContain("regularization");
    }

    @Test
    void queryKeyAndValueWrittenTogetherNameAllThree() {
        assertThat(glossary.conceptsIn(TermExtractor.normalize("输入分别乘三个矩阵得到 Q、K、V")))
                .contains("query", "key", "value");
        assertThat(glossary.conceptsIn("把 qkv 一起算出来")).contains("query", "key", "value");
    }

    @Test
    void aCanonicalFormHoldingAnotherSetsFormStaysWhole() {
        assertThat(glossary.canonical("随机失活能防过拟合")).startsWith("随机失活");
        assertThat(glossary.canonical("超参数很多")).isEqualTo("超参数很多");
        assertThat(glossary.canonical("超参很多")).isEqualTo("超参数很多");
    }

    @Test
    void bookishAndSpokenChineseShareTheirBigrams() {
        Terms spoken = extractor.terms("批量大小，训练轮次");
        Terms bookish = extractor.terms("批处理大小，迭代轮数");

        assertThat(bookish.bigramShareIn(spoken)).isEqualTo(1.0);
    }

    @Test
    void everyBundledRowHasOnlyNonEmptyForms() throws IOException {
        for (String resource : List.of("glossary.tsv", "synonyms.tsv")) {
            for (String line : lines(resource)) {
                for (String column : line.split("\t")) {
                    assertThat(column.split("\\|", -1))
                            .as("%s: %s", resource, line)
                            .doesNotContain("");
                }
            }
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(Glossary.class.getResourceAsStream(resource));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }
}
