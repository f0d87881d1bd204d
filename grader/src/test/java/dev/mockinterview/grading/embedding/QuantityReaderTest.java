package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.mockinterview.grading.lexical.Glossary;
import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quantities {@link QuantityReader} finds in a text, and the numbers it leaves alone. */
class QuantityReaderTest {

    private final QuantityReader reader = new QuantityReader(new QuantityContext(new SlotWords(Glossary.bundled())));

    private List<Quantity> read(String sentence) {
        String text = TermExtractor.normalize(sentence);
        return reader.quantities(text, 0, text.length());
    }

    private List<Quantity> readLoosely(String sentence) {
        String text = TermExtractor.normalize(sentence);
        return reader.looseQuantities(text, 0, text.length());
    }

    @Test
    void aChineseScaleMultipliesTheNumberIntoTheUnitsKind() {
        List<Quantity> read = read("这个检索模型有大约 35 亿参数。");

        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("params");
            assertThat(q.low()).isEqualTo(3.5e9);
            assertThat(q.high()).isEqualTo(3.5e9);
            assertThat(q.approximate()).isTrue();
            assertThat(q.written()).isEqualTo("35 亿参数");
        });
    }

    @Test
    void chineseNumeralsAndFractionWordsAreNumbers() {
        assertThat(read("蒸馏后的学生模型只保留了六层。"))
                .singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("layers"))
                .satisfies(q -> assertThat(q.low()).isEqualTo(6));
        assertThat(read("剪枝之后推理耗时只剩原来的三分之一。"))
                .singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("ratio"))
                .satisfies(q -> assertThat(q.low()).isCloseTo(1.0 / 3, offset(1e-9)));
    }

    @Test
    void twoNumbersJoinedByARangeWordAreOneInterval() {
        assertThat(read("这个任务一般用 4 到 8 张卡来跑。"))
                .singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("gpus"))
                .satisfies(q -> assertThat(q.low()).isEqualTo(4))
                .satisfies(q -> assertThat(q.high()).isEqualTo(8));
    }

    @Test
    void aChineseNumeralWithAnEmptyPlaceIsRead() {
        assertThat(read("这个超深的网络一共堆了一百零八层。"))
                .singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("layers"))
                .satisfies(q -> assertThat(q.low()).isEqualTo(108));
    }

    @Test
    void aFirstEndWithItsOwnScaleIsNotScaledAgain() {
        assertThat(read("做长文档问答时上下文一般开到 4k 到 8k token。"))
                .singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("tokens"))
                .satisfies(q -> assertThat(q.low()).isEqualTo(4e3))
                .satisfies(q -> assertThat(q.high()).isEqualTo(8e3));
    }

    @Test
    void aBareFirstEndTakesTheScaleOfTheSecond() {
        assertThat(read("评测集的样本数设为 2 到 3 万。"))
                .singleElement()
                .satisfies(q -> assertThat(q.low()).isEqualTo(2e4))
                .satisfies(q -> assertThat(q.high()).isEqualTo(3e4));
    }

    @Test
    void aHyphenOrTildeBetweenTwoScaledNumbersIsARange() {
        assertThat(read("做长文档问答时上下文一般开到 4k-8k token。"))
                .singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("tokens"))
                .satisfies(q -> assertThat(q.low()).isEqualTo(4e3))
                .satisfies(q -> assertThat(q.high()).isEqualTo(8e3));
        assertThat(read("这类客服场景选 13b-20b 参数的模型就够用了。"))
                .singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("params"))
                .satisfies(q -> assertThat(q.low()).isEqualTo(13e9))
                .satisfies(q -> assertThat(q.high()).isEqualTo(20e9));
        assertThat(read("推理时显存通常要留 16GB–24GB。"))
                .singleElement()
                .satisfies(q -> assertThat(q.low()).isEqualTo(16e9))
                .satisfies(q -> assertThat(q.high()).isEqualTo(24e9));
        assertThat(read("单条样本长度控制在 1k~2k token 左右。"))
                .singleElement()
                .satisfies(q -> assertThat(q.low()).isEqualTo(1e3))
                .satisfies(q -> assertThat(q.high()).isEqualTo(2e3));
    }

    @Test
    void aHyphenInsideANameJoinsNoRange() {
        assertThat(read("我们拿 Llama-2-7b 和 GPT-3 做了对比。")).isEmpty();
        assertThat(read("向量用 bge-small 算，权重按 W8A16 和 fp16 两种存。")).isEmpty();
        assertThat(read("Qwen1.5-14b 的显存占用更高。")).isEmpty();
    }

    @Test
    void aBoundOpensTheIntervalOnItsSide() {
        assertThat(read("部署这套服务至少要 24GB 显存。"))
                .singleElement()
                .satisfies(q -> assertThat(q.low()).isEqualTo(24e9))
                .satisfies(q -> assertThat(q.high()).isInfinite());
        assertThat(read("量化后的精度损失控制在 2% 以内。"))
                .singleElement()
                .satisfies(q -> assertThat(q.low()).isZero())
                .satisfies(q -> assertThat(q.high()).isEqualTo(2));
    }

    @Test
    void aChangeKeepsItsDirection() {
        assertThat(read("换成分组查询注意力后，KV cache 减少了 75%。"))
                .singleElement()
                .satisfies(q -> assertThat(q.direction()).isEqualTo(-1));
        assertThat(read("开了算子融合以后吞吐提升 40%。"))
                .singleElement()
                .satisfies(q -> assertThat(q.direction()).isEqualTo(1));
    }

    @Test
    void aQuantityPerThingIsOfItsOwnKind() {
        assertThat(read("用 bf16 存储时每个权重占 2 字节。"))
                .singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("bytes" + Quantity.PER));
    }

    @Test
    void aBareNumberIsAValueOnlyAfterASettingVerb() {
        assertThat(read("微调时把 batch size 设为 256 比较稳。"))
                .singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("bare"))
                .satisfies(q -> assertThat(q.low()).isEqualTo(256));
        assertThat(read("我们当时试了 256 这个 batch size。")).isEmpty();
        assertThat(readLoosely("我们当时试了 256 这个 batch size。")).singleElement();
    }

    @Test
    void numbersInNamesModelSizesThatAreTheSubjectCardsAndFormulasAreSkipped() {
        assertThat(read("Qwen2 和 ResNet50 都能在 T4 上跑。")).isEmpty();
        assertThat(read("70B 模型的推理速度比较慢。")).isEmpty();
        assertThat(read("我们用的是 80GB 的显卡。")).isEmpty();
        assertThat(read("总计算量约为 6 × 参数量 × token 数。")).isEmpty();
    }
}
