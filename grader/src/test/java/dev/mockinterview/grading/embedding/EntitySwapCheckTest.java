package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntitySwapCheckTest {

    private static final List<String> ZERO_POINTS = List.of(
            "ZeRO 消除数据并行中每张卡保存完整模型状态的冗余，把模型状态切分到各卡",
            "Stage 1 切分优化器状态",
            "Stage 2 在 1 的基础上再切分梯度，用 reduce-scatter 让每卡只保留自己的梯度分片",
            "Stage 3 再切分模型参数本身，前向/反向时按层 all-gather 取回参数");

    private static final List<String> KV_POINTS = List.of(
            "MHA：每个 query head 有自己的 K/V head",
            "MQA：所有 query head 共享同一个 K head 和 V head，只有 1 组 K/V",
            "GQA：把 query head 分成 G 组，每组内的 query head 共享一个 K/V head");

    private final EntitySwapCheck check = new EntitySwapCheck();

    @Test
    void swappedStagesMarkBothStagesWithTheCandidatesClause() {
        String answer = "ZeRO-1 分片参数，ZeRO-3 只分片优化器状态。";

        Map<Integer, ContradictingClause> swaps = check.swaps(ZERO_POINTS, answer);

        assertThat(swaps).containsOnlyKeys(1, 3);
        assertThat(EntitySwapCheck.quote(answer, swaps.get(1))).hasValue("ZeRO-3 只分片优化器状态");
        assertThat(EntitySwapCheck.quote(answer, swaps.get(3))).hasValue("ZeRO-1 分片参数");
        assertThat(swaps.get(1).reason()).contains("阶段 1", "阶段 3");
    }

    @Test
    void stagesInTheirOrderAreNoSwapEvenWhenLaterStagesRepeatEarlierStates() {
        String answer = "第一阶段只切优化器状态；第二阶段在此之上把梯度也切开，优化器状态当然还是切的；" + "stage 3 连模型参数本身也分片，前向时 all-gather 回来。";

        assertThat(check.swaps(ZERO_POINTS, answer)).isEmpty();
    }

    @Test
    void chineseOrdinalsNameTheSameStagesAsDigits() {
        assertThat(check.swaps(ZERO_POINTS, "阶段三负责切分优化器状态，阶段一切分模型参数。")).containsOnlyKeys(1, 3);
    }

    @Test
    void swappedNamesAreFoundInTheirSentenceAfterTheNameIsGiven() {
        String answer = "MQA 是把 query head 分成若干组，每组共享一个 K/V head；GQA 则是所有 query head 共享同一个 K head 和 V head。";

        assertThat(check.swaps(KV_POINTS, answer)).containsOnlyKeys(1, 2);
    }

    @Test
    void aContrastNamingBothEntitiesBindsNothing() {
        String answer = "MHA 每个头有自己的 K/V，MQA 和 GQA 都是在共享 K/V head，只是共享的粒度不同。";

        assertThat(check.swaps(KV_POINTS, answer)).isEmpty();
    }

    @Test
    void aNegatedClauseIsNoSwap() {
        assertThat(check.swaps(ZERO_POINTS, "ZeRO-1 的时候参数还是每张卡完整一份，不会切分参数。")).isEmpty();
    }

    @Test
    void pointsWithoutAFamilyOfSubjectsAreNeverSwapped() {
        assertThat(check.swaps(List.of("残差连接缓解梯度消失", "LayerNorm 稳定训练"), "LayerNorm 缓解梯度消失"))
                .isEmpty();
    }

    @Test
    void subjectIsTheStageOrTheLeadingName() {
        assertThat(EntitySwapCheck.subject("Stage 2 在 1 的基础上再切分梯度")).isEqualTo("stage-2");
        assertThat(EntitySwapCheck.subject("第三阶段：切分参数")).isEqualTo("stage-3");
        assertThat(EntitySwapCheck.subject("GQA：分组共享")).isEqualTo("gqa");
        assertThat(EntitySwapCheck.subject("混合精度 + Adam 时每个参数约占 16 字节")).isEmpty();
    }

    @Test
    void swappedSidesOfOnePointAreASwapOfThatPoint() {
        List<String> points = List.of("Encoder 用双向注意力；Decoder 用因果掩码", "两者之间通过交叉注意力连接");

        Map<Integer, ContradictingClause> swaps = check.swaps(points, "Decoder 用的是双向注意力，Encoder 用因果掩码。");

        assertThat(swaps).containsOnlyKeys(0);
        // The entities as the rubric and the candidate write them, not as normalized text spells them.
        assertThat(swaps.get(0).reason()).isEqualTo("把「Encoder」的内容说成了「Decoder」的");
    }

    @Test
    void sidesOfOnePointSaidTheRightWayRoundAreNoSwap() {
        List<String> points = List.of("Encoder 用双向注意力；Decoder 用因果掩码", "两者之间通过交叉注意力连接");

        assertThat(check.swaps(points, "Encoder 是双向注意力，看得到整句；Decoder 加了因果掩码，只能看左边。"))
                .isEmpty();
    }

    @Test
    void aNameAPointDefinesAtItsEndIsWhatThePointIsAbout() {
        List<String> points = List.of("每做一次参数更新称为一个 step", "把数据集完整遍历一遍叫做一个 epoch");

        Map<Integer, ContradictingClause> swaps = check.swaps(points, "epoch 就是每做一次参数更新，step 是把数据集遍历一遍。");

        assertThat(swaps).containsOnlyKeys(0, 1);
    }

    @Test
    void aNameUsedOnTheWayIsNotWhatThePointIsAbout() {
        List<String> points = List.of("用大量领域语料做 next-token 预训练来记住新知识", "RAG 在推理时检索文档拼进提示");

        assertThat(check.swaps(points, "RAG 就是用大量领域语料做预训练，让模型记住新知识。")).isEmpty();
    }

    @Test
    void theQuestionsOwnWordsBindNoAttributeToAnotherEntity() {
        List<String> points =
                List.of("Momentum：基础优化器加上动量项，减少震荡", "AdaGrad：按历史梯度平方和缩放学习率，适合稀疏特征", "Adam：一阶矩和二阶矩都估计，自适应学习率");
        String answer = "训练里的优化器现在基本都是 Adam 了。";

        // "优化器" is what the question asks about, not something only Momentum's point says.
        assertThat(check.swaps(points, answer, "你常用哪些优化器？")).isEmpty();
        assertThat(check.swaps(points, answer)).containsOnlyKeys(0);
    }

    @Test
    void twoEntitiesBoundInClausesOfOnePointCanBeSwapped() {
        List<String> points = List.of("监控：Prometheus 负责采集和存储指标，Grafana 负责可视化看板", "告警：规则写在 Alertmanager 里");
        String answer = "Grafana 负责采集和存储指标，Prometheus 负责画可视化看板。";

        assertThat(check.swaps(points, answer, "监控体系怎么搭？")).containsOnlyKeys(0);
        assertThat(check.swaps(points, "Prometheus 负责采集和存储指标，Grafana 负责可视化看板。", "监控体系怎么搭？"))
                .isEmpty();
    }

    @Test
    void aPointLabelledWithItsOwnNameIsNotSplitAtItsCommas() {
        List<String> points = List.of("Sigmoid：1/(1+e^-x)，输出在 0 到 1 之间", "Tanh：输出在 -1 到 1 之间，以 0 为中心");

        assertThat(check.swaps(points, "Sigmoid 的公式是 1/(1+e^-x)，Tanh 以 0 为中心。", "常见激活函数有哪些？"))
                .isEmpty();
    }

    @Test
    void aClauseThatOnlyFramesWhatFollowsBindsNoEntity() {
        List<String> points = List.of("training 意义上，BERT 用 MLM 随机遮盖词再预测", "Prompt 方面，要给出清楚的指令和示例", "评估用 GLUE 基准");

        assertThat(check.swaps(points, "要说 training 的话很简单，它就是随机遮盖一部分词，然后再预测被遮盖的词。", "BERT 是怎么训练和使用的？"))
                .isEmpty();
    }

    @Test
    void aClauseAboutWhatTheQuestionAsksOfCreditsTheWholeNotASibling() {
        List<String> points = List.of(
                "PagedAttention 把 KV cache 切成固定大小的块，用块表映射到不连续的物理块，显存碎片接近于零",
                "Continuous batching：请求结束立即移出、新请求随时加入，吞吐大幅提升",
                "bf16/fp16 只是推理精度，不属于量化；vLLM 的主要收益是吞吐");
        String answer = "vLLM 的关键是 PagedAttention。以前每个请求按最大长度预留一大块连续显存，浪费严重；vLLM 学操作系统做分页，"
                + "把 KV Cache 切成固定大小的 block 按需分配，用块表映射，显存利用率高了很多。";

        assertThat(check.swaps(points, answer, "vLLM 的推理加速是怎么实现的？")).isEmpty();
        // A question naming two keeps both sides of such a point: they are what it contrasts.
        assertThat(check.swaps(
                        List.of("Base 模型只经过预训练；Chat 模型在 Base 上又做了 SFT 和对齐", "数据少时选 Chat"),
                        "Base 模型其实已经做过 SFT 和对齐了，Chat 模型只经过预训练。",
                        "微调选 Chat 还是 Base？"))
                .isNotEmpty();
    }

    @Test
    void aNameListedAmongOptionsBindsNothing() {
        List<String> points = List.of("FlashAttention、稀疏或滑动窗口注意力降低长序列开销", "MQA/GQA 减少 KV cache", "RWKV、Mamba 降到线性复杂度");

        assertThat(check.swaps(points, "工程上也可以换成稀疏注意力、MQA 之类的结构来省开销。", "长文本怎么处理？"))
                .isEmpty();
        assertThat(check.swaps(points, "MQA 用稀疏或滑动窗口注意力降低长序列开销。", "长文本怎么处理？")).isNotEmpty();
    }
}
