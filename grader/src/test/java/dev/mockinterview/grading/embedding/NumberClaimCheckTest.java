package dev.mockinterview.grading.embedding;

import static dev.mockinterview.grading.GradeResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import dev.mockinterview.grading.ReferenceQuality;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NumberClaimCheckTest {

    private final NumberClaimCheck check = new NumberClaimCheck();

    private Map<Integer, ContradictingClause> claims(String point, String answer) {
        return check.claims(List.of(point), answer, "请解释一下");
    }

    private static String quote(String answer, ContradictingClause claim) {
        return answer.substring(claim.start(), claim.end());
    }

    @Test
    void aParameterCountFarFromThePointsInTheSameSlotIsAClaim() {
        String answer = "在实践中，单张 A100 可以做 175B 参数模型的全量微调。";

        Map<Integer, ContradictingClause> claims = claims("单张 A100 可以做约 7B 参数模型的全量微调", answer);

        assertThat(claims).containsOnlyKeys(0);
        assertThat(quote(answer, claims.get(0))).contains("175B");
        assertThat(claims.get(0).reason()).isEqualTo("参考答案给的是「7B 参数」，回答说的是「175B 参数」");
    }

    @Test
    void aBareValueAfterASettingVerbIsComparedInItsSlot() {
        assertThat(claims("Adapter 的瓶颈维度一般设为 64", "Adapter 的瓶颈维度要设为 8192 以上，否则效果不好。"))
                .containsOnlyKeys(0);
    }

    @Test
    void aFractionAgainstAMultipleIsAClaim() {
        assertThat(claims("INT4 权重占用的显存约为 FP16 的四分之一", "INT4 权重占用的显存是 FP16 的两倍。"))
                .containsOnlyKeys(0);
    }

    @Test
    void aPercentageInTheSameSlotIsAClaim() {
        assertThat(claims("GPT-3 的训练语料中约 60% 来自过滤后的 Common Crawl", "GPT-3 的训练语料中只有 5% 来自 Common Crawl 网页。"))
                .containsOnlyKeys(0);
    }

    @Test
    void theSecondQuantityIsJudgedWhenTheModelSizeIsTheSubject() {
        String answer = "13B 模型用 FP16 存权重大概要 6GB 显存。";

        Map<Integer, ContradictingClause> claims = claims("13B 模型用 FP16 存权重约需 26GB 显存", answer);

        assertThat(claims).containsOnlyKeys(0);
        assertThat(claims.get(0).reason()).contains("26GB", "6GB");
    }

    @Test
    void aLayerCountInTheSameSlotIsAClaim() {
        assertThat(claims("BERT-base 有 12 层 Transformer 编码器", "BERT-base 有 48 层 Transformer 编码器。"))
                .containsOnlyKeys(0);
    }

    @Test
    void theSameValueInOtherWordsIsNoClaim() {
        assertThat(claims("INT8 权重的显存约为 FP16 的一半", "INT8 权重的显存只有 FP16 的 50%。")).isEmpty();
        assertThat(claims("LLaMA-13B 约有 130 亿参数", "LLaMA-13B 大约有 1.3e10 个参数。")).isEmpty();
        assertThat(claims("每层有 12 个头", "每层有十二个头。")).isEmpty();
    }

    @Test
    void anApproximateValueCloseToThePointsIsNoClaim() {
        assertThat(claims("7B 模型的 FP16 权重约 14GB", "7B 模型的 FP16 权重大约 13.5GB。")).isEmpty();
    }

    @Test
    void aRangeHoldingThePointsValueIsNoClaim() {
        assertThat(claims("BERT 的 MLM 会遮盖 15% 的 token", "BERT 的 MLM 会遮盖 10%~20% 的 token。"))
                .isEmpty();
        assertThat(claims("全量微调每个参数约需 16–20 字节显存", "全量微调每个参数需要 18 字节显存。")).isEmpty();
    }

    @Test
    void aChineseNumeralWithAnEmptyPlaceIsCompared() {
        assertThat(claims("BERT-large 的编码器堆了 24 层 Transformer", "BERT-large 的编码器堆了一百零八层 Transformer。"))
                .containsOnlyKeys(0);
    }

    @Test
    void aScaledRangeFarFromThePointsValueIsAClaim() {
        String point = "这类长上下文模型的上下文窗口约为 128k token";

        assertThat(claims(point, "这类长上下文模型的上下文窗口只有 4k 到 8k token。")).containsOnlyKeys(0);
    }

    @Test
    void aHyphenatedRangeFarFromThePointsValueIsAClaim() {
        assertThat(claims("这类长上下文模型的上下文窗口约为 128k token", "这类长上下文模型的上下文窗口只有 4k-8k token。"))
                .containsOnlyKeys(0);
        assertThat(claims("单张 A100 可以做约 7B 参数模型的全量微调", "单张 A100 可以做 65b-70b 参数模型的全量微调。"))
                .containsOnlyKeys(0);
    }

    @Test
    void anotherValueAmongTypicalOnesIsNoClaim() {
        assertThat(claims("LoRA 的秩 r 通常取 8 或 16", "我一般把 LoRA 的 rank 设成 32。")).isEmpty();
    }

    @Test
    void aNumberOfAnotherModelIsNoClaim() {
        assertThat(claims("7B 模型 FP16 推理约需 14GB 显存", "70B 模型 FP16 推理要 140GB 显存，7B 的话就少很多。"))
                .isEmpty();
        assertThat(claims("单张 A100 可以做约 7B 参数模型的全量微调", "8 张 H100 可以做 70B 参数模型的全量微调。"))
                .isEmpty();
    }

    @Test
    void numbersInNamesAreNoQuantities() {
        assertThat(claims("GPT-3 有 96 层", "GPT-2 有 48 层。")).isEmpty();
        assertThat(claims("W8A16 把权重量化为 INT8", "W4A16 把权重量化为 INT4。")).isEmpty();
        assertThat(claims("LLaMA-2 的上下文长度为 4096", "LLaMA-3 的上下文长度为 8192。")).isEmpty();
    }

    @Test
    void hedgedNegatedOrConditionalClausesAssertNoValue() {
        String point = "BERT 的 MLM 会遮盖 15% 的 token";

        assertThat(claims(point, "BERT 的 MLM 好像会遮盖 50% 的 token。")).isEmpty();
        assertThat(claims(point, "BERT 的 MLM 不是遮盖 50% 的 token。")).isEmpty();
        assertThat(claims(point, "如果 MLM 遮盖 50% 的 token，预训练任务会太难。")).isEmpty();
        assertThat(claims(point, "要是想让任务更难，BERT 的 MLM 会遮盖 50% 的 token。")).isEmpty();
    }

    @Test
    void aPartOfThePointsTotalIsNoClaim() {
        assertThat(claims(
                        "混合精度加 Adam 时每个参数约占 16 字节", "混合精度加 Adam 时每个参数占 16 字节：FP16 权重 2 字节，每个参数的梯度 2 字节，其余是 FP32 的状态。"))
                .isEmpty();
    }

    @Test
    void theExampleValueOfAPointIsNoSlot() {
        assertThat(claims("模型只在有限长度（如 2048）上训练，长度外推差", "模型只在 4096 长度上训练，外推不好。")).isEmpty();
    }

    @Test
    void aShortStatementOfACountedThingIsAClaimWhenItsSlotIsThePoints() {
        assertThat(claims("T5-base 有 12 层编码器", "T5-base 一共有 36 层编码器。")).containsOnlyKeys(0);
        assertThat(claims("T5-base 有 12 层编码器", "T5 large 有 24 层编码器。")).isEmpty();
    }

    @Test
    void aRatioOfTheSameTwoThingsInTheOtherOrderIsInverted() {
        String point = "INT8 权重的显存约为 FP16 的一半";

        assertThat(claims(point, "FP16 权重的显存是 INT8 的两倍。")).isEmpty();
        assertThat(claims(point, "FP16 权重的显存是 INT8 的八分之一。")).containsOnlyKeys(0);
    }

    @Test
    void aQuantityPerThingIsNoTotal() {
        assertThat(claims("13B 模型的 FP16 权重约 26GB", "13B 模型的 FP16 权重每个参数占 2 字节。"))
                .isEmpty();
    }

    @Test
    void aSmallerNumberUnderASumMayBeOneOfItsParts() {
        assertThat(claims("全量微调要存权重、梯度和 Adam 状态，约 16–20 字节/参数", "全量微调时 Adam 的两个状态每个参数占 8 字节。"))
                .isEmpty();
    }

    @Test
    void aNumberSettingAConditionAssertsNoValue() {
        assertThat(claims("温度通常设为 0.7 左右", "温度设为 0 的时候，采样就退化成贪心解码。")).isEmpty();
    }

    @Test
    void aBoundBeforeTheNumberInItsClauseWidensIt() {
        assertThat(claims("Prefix Tuning 的可训练参数通常不到全量的 1%", "Prefix Tuning 的可训练参数只有全量的 0.1% 左右。"))
                .isEmpty();
    }

    @Test
    void aValueReportedAsSomeoneElsesBeliefAndCorrectedIsNoClaim() {
        String point = "Adapter 的瓶颈维度一般设为 64";

        assertThat(claims(point, "有人说 Adapter 的瓶颈维度要设为 8192，我的经验是 32 或 64 就够了。"))
                .isEmpty();
        assertThat(claims(point, "Adapter 的瓶颈维度设为 8192 也行，不过 64 更常见。")).isEmpty();
    }

    @Test
    void aNumberOfPartsListedRespectivelyIsNoSlot() {
        assertThat(claims("Qwen-7B 和 Qwen-14B 分别约有 70 亿和 140 亿参数", "Qwen-7B 约有 70 亿参数。"))
                .isEmpty();
        assertThat(claims("BERT-base 约有 1.1 亿参数", "BERT-base 和 BERT-large 分别约有 1.1 亿和 3.4 亿参数。"))
                .isEmpty();
    }

    @Test
    void aClauseOpeningWithAnotherNameIsAboutThatThing() {
        assertThat(claims("BERT 随机遮盖 15% 的 token", "MAE 随机遮盖 75% 的图像 token。")).isEmpty();
    }

    @Test
    void theSizeOfACardOrAFactorOfAFormulaIsNoValueOfTheSlot() {
        assertThat(claims("7B 模型 FP16 推理约需 14GB 显存", "7B 模型 FP16 推理，一张 48GB 的卡就够了。"))
                .isEmpty();
        assertThat(claims("int8 推理吞吐约为 fp16 的 2 倍", "吞吐 = 4 × batch × 序列长度，int8 推理吞吐约为 fp16 的两倍。"))
                .isEmpty();
    }

    @Test
    void aChangeIsComparedWithAChangeInTheSameDirection() {
        String point = "FlashAttention 让注意力计算提速约 2 到 4 倍";

        assertThat(claims(point, "FlashAttention 让注意力计算提速 100 倍以上。")).containsOnlyKeys(0);
        assertThat(claims(point, "FlashAttention 让注意力计算提速 3 倍左右。")).isEmpty();
    }

    @Test
    void aGreekLetterNamesItsSlot() {
        assertThat(claims("PPO 的 ε 通常取 0.2", "PPO 里 ε 一般设到 20 以上。")).containsOnlyKeys(0);
    }

    @Test
    void aShortClauseTakesItsSlotFromTheClauseBeforeUnlessItNamesAnotherThing() {
        assertThat(claims("Adapter 的瓶颈维度一般设为 64", "Adapter 的瓶颈维度越大越好，要设为 8192 以上。"))
                .containsOnlyKeys(0);
        assertThat(claims("生成时设置 num_beams 为 4 即可开启束搜索", "生成时设置 num_beams 开启束搜索，再设置 temperature，默认为 1.0。"))
                .isEmpty();
    }

    @Test
    void theGraderMarksThePointIncorrectWithTheClauseAsEvidence() {
        EmbeddedGrader grader = SharedEmbeddedGrader.get();
        String answer = "BERT 预训练用 MLM，会随机遮盖 60% 的 token，让模型根据上下文去预测被遮住的词。另外还有 NSP 任务判断两句话是否相邻。";
        GradeRequest request = new GradeRequest(
                "BERT 的预训练任务是什么？",
                "BERT 用 MLM 和 NSP 两个任务预训练。MLM 随机遮盖 15% 的 token 并预测它们；NSP 判断两个句子是否相邻。",
                List.of("MLM：随机遮盖 15% 的 token，根据上下文预测被遮盖的词", "NSP：判断两个句子是否是连续的上下句"),
                answer,
                ReferenceQuality.TRUSTED);

        GradeResult result = grader.grade(request);

        assertThat(result).marksIncorrect("遮盖 15%").quotesOnly(answer);
        KeyPointResult masked = result.keyPoints().get(0);
        assertThat(masked.status()).isEqualTo(PointStatus.INCORRECT);
        assertThat(masked.evidence()).contains("60%");
    }

    @Test
    void aComparisonByBuRuStillAssertsTheRange() {
        // "不如" compares; it does not negate the size the clause gives.
        assertThat(claims("知识蒸馏在 1B 以下的学生模型上明显不如直接微调", "知识蒸馏在 30B 以上的学生模型上明显不如直接微调。"))
                .containsOnlyKeys(0);
    }

    @Test
    void aValueInsideAThresholdElsewhereDoesNotGiveTheThreshold() {
        // 175B lies above "10B 以上" but is another fact; the threshold the answer gives for the claim is 100M.
        assertThat(claims("模型规模足够大（约 10B 以上）时，软提示的效果追平全量微调", "模型规模到 100M 左右软提示就能追平全量微调，原论文用的 T5-XXL 是 175B 参数。"))
                .containsOnlyKeys(0);
    }

    @Test
    void whoReportsAClaimDoesNotQualifyItsNumber() {
        assertThat(claims("模型规模足够大（约 100B 以上）时思维链提示的效果才明显超过直接回答", "论文发现模型规模到 1B 左右思维链提示的效果就明显超过直接回答。"))
                .containsOnlyKeys(0);
    }

    @Test
    void aSizeStatedOfANamedModelIsItsValueNotItsName() {
        assertThat(claims("Falcon 是开源的 40B 模型，用 RefinedWeb 训练", "Falcon 是开源的 4B 模型，训练数据是 RefinedWeb。"))
                .containsOnlyKeys(0);
        // A size that opens its clause names the model the clause speaks of.
        assertThat(claims("Falcon 是开源的 40B 模型，用 RefinedWeb 训练", "4B 模型用 RefinedWeb 训练也可以。"))
                .isEmpty();
    }
}
