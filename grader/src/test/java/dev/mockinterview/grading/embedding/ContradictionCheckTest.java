package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import dev.mockinterview.grading.ReferenceQuality;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContradictionCheckTest {

    private final ContradictionCheck check = new ContradictionCheck();

    private static final String NORM_QUESTION = "LayerNorm 和 BatchNorm 有什么区别？";
    private static final List<String> NORM_POINTS =
            List.of("BatchNorm 在 batch 维度上对同一个特征做归一化", "LayerNorm 在单个样本的特征维度上做归一化，与 batch 大小无关");

    @Test
    void swappedEntitiesContradictThePoint() {
        assertThat(check.contradiction(
                        NORM_POINTS.get(1), "BatchNorm 是对单个样本的特征维度做归一化，跟 batch 大小无关", NORM_QUESTION, NORM_POINTS))
                .isPresent();
    }

    @Test
    void anotherEntityDenyingThePointsThingContrastsRatherThanSwaps() {
        List<String> points = List.of(
                "PPO 是通用的策略梯度强化学习算法，DPO 是专门为偏好对齐提出的离线方法",
                "PPO 先训练奖励模型，再让策略模型在线生成、由 RM 打分，最大化奖励减去对参考模型的 KL 惩罚",
                "DPO 不需要单独训练 RM，也不需要在线采样，简单稳定");
        String answer =
                "做 RLHF 时 PPO 要先训练一个奖励模型打分，然后用强化学习优化策略，步骤很多。DPO 不需要奖励模型，直接用成对的偏好数据，" + "选中的和拒绝的回答，用一个分类损失训练策略，省事很多。";

        GradeResult result = SharedEmbeddedGrader.get()
                .grade(new GradeRequest(
                        "PPO 与 DPO 的区别", String.join("\n", points), points, answer, ReferenceQuality.TRUSTED));

        assertThat(result.keyPoints()).extracting(KeyPointResult::status).doesNotContain(PointStatus.INCORRECT);
    }

    @Test
    void aPointNamingBothPhasesContrastsThemAndIsNotOpposedByEither() {
        List<String> points = List.of("训练只用过 4k 长度的样本，推理时却要处理更长的输入", "RoPE 外推时精度下降");

        assertThat(check.contradiction(points.get(0), "模型训练的时候只见过 4k 以内的长度，上线以后输入更长，效果就掉了", "什么是长度外推？", points))
                .isEmpty();
        assertThat(check.contradiction(
                        "KV cache 推理时缓存已生成 token 的 K 和 V",
                        "KV cache 是训练时用的，缓存已生成 token 的 K 和 V",
                        "KV cache 是什么？",
                        List.of("KV cache 推理时缓存已生成 token 的 K 和 V")))
                .isPresent();
    }

    @Test
    void aSwapNamesTheEntitiesAsWritten() {
        assertThat(check.contradiction(
                        NORM_POINTS.get(1), "BN 是对单个样本的特征维度做归一化，和 batch 大小没有关系", NORM_QUESTION, NORM_POINTS))
                .contains("把「LayerNorm」的特点说成了「BatchNorm」的");
    }

    @Test
    void aDenialIsQuotedAsWritten() {
        String point = "推理服务开启 Prefix Cache，复用相同前缀的计算";

        assertThat(check.contradiction(point, "服务会关掉 Prefix Cache，每次都重新算", "前缀缓存有什么用？", List.of(point)))
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("Prefix").doesNotContain("prefix"));
        assertThat(check.deniedAnywhere(point, "服务会关掉 Prefix Cache，每次都重新算。", "前缀缓存有什么用？", List.of(point)))
                .hasValueSatisfying(
                        denied -> assertThat(denied.reason()).contains("Prefix").doesNotContain("prefix"));
    }

    @Test
    void anOppositeIsQuotedAsWritten() {
        assertThat(check.contradiction("GPT-2 采用 Pre-LN，训练更稳定", "GPT-2 采用 POST-LN，训练更稳定", "GPT-2 的归一化放在哪里？", List.of()))
                .contains("说的是「POST-LN」，要点是「Pre-LN」");
    }

    @Test
    void abbreviatedEntitiesInTheRightPlacesAreNoSwap() {
        assertThat(check.contradiction(
                        NORM_POINTS.get(0), "BN 是对 batch 维度做归一化，LN 是对单个样本的特征维度做", NORM_QUESTION, NORM_POINTS))
                .isEmpty();
    }

    @Test
    void knownOppositeContradicts() {
        assertThat(check.contradiction(
                        "自回归生成时缓存之前 token 的 Key 和 Value", "KV cache 是在训练阶段用的，把梯度缓存起来", "KV cache 是什么？", List.of()))
                .isPresent();
    }

    @Test
    void comparedFormIsNotAnAssertion() {
        assertThat(check.contradiction("外推性比绝对位置编码好", "所以是相对位置编码，外推能力比较好", "RoPE 的优点？", List.of()))
                .isEmpty();
    }

    @Test
    void negatedVerbContradicts() {
        assertThat(check.contradiction("残差连接缓解深层网络的梯度消失", "其实残差连接并不能缓解梯度消失，它只是让输出更平滑", "残差连接的作用？", List.of()))
                .isPresent();
    }

    @Test
    void negativeOutcomeAgreesWithAMitigatingPoint() {
        assertThat(check.contradiction("梯度可以通过恒等路径直接回传，缓解深层网络的梯度消失", "所以几十层堆起来也不太会梯度消失", "残差连接的作用？", List.of()))
                .isEmpty();
    }

    @Test
    void assertingWhatThePointDeniesContradicts() {
        assertThat(check.contradiction("知识库可以随时更新，不需要重新训练模型", "不过每次知识更新都要重新训练一遍", "什么是 RAG？", List.of()))
                .isPresent();
    }

    @Test
    void absoluteDenialOfWhatThePointAssertsContradicts() {
        assertThat(check.contradiction(
                        "科学的方法是做实验评估：比较不同块大小对检索效果、效率和用户体验的影响，选出最佳值",
                        "块的大小对存储和计算没有任何影响；也不需要做实验，直接按模型最大上下文长度来切就行",
                        "使用外部知识数据库时需要对文档进行分块，如何科学地设置文档块的大小？",
                        List.of()))
                .isPresent();
    }

    @Test
    void denyingWhatThePointBypassesAgrees() {
        assertThat(check.contradiction(
                        "DPO：直接在偏好数据上优化，绕过奖励模型和强化学习", "DPO 不需要奖励模型，直接拿偏好数据优化", "PPO 与 DPO 的区别", List.of()))
                .isEmpty();
    }

    @Test
    void aPointStatingTwoSidesIsComparedOnTheSideTheClauseSpeaksOf() {
        String point = "全量微调改动模型的全部参数；LoRA 冻结原权重，只训练低秩矩阵";
        String question = "LoRA 和全量微调有什么不同？";

        assertThat(check.contradiction(point, "全量微调的话所有参数都要更新", question, List.of(point)))
                .isEmpty();
        assertThat(check.contradiction(point, "LoRA 训练时其实所有参数都会更新", question, List.of(point)))
                .isPresent();
    }

    @Test
    void anOppositeDirectionOfAnotherThingIsNoContradiction() {
        assertThat(check.contradiction(
                        "代价：多一次检索，增加响应时间和提示词长度", "检索增强最大的好处就是减少模型胡编乱造，因为有文档可以参考", "检索增强有什么好处和代价？", List.of()))
                .isEmpty();
    }

    @Test
    void anOppositeDirectionOfTheSameThingStillContradicts() {
        assertThat(check.contradiction(
                        "代价：多一次检索，增加响应时间和提示词长度", "检索增强还能减少响应时间，因为模型要生成的东西变少了", "检索增强有什么好处和代价？", List.of()))
                .isPresent();
    }

    @Test
    void aSentenceSayingBothSidesContrastsTwoThings() {
        assertThat(check.contradiction(
                        "编码器用双向注意力，能看到整句", "编码器那边是双向注意力，解码器这边是单向的，只能看前面", "编码器和解码器的注意力有什么不同？", List.of()))
                .isEmpty();
    }

    @Test
    void aClauseStatingAnotherOptionOfTheRubricContradictsNoOtherOption() {
        String lora = "LoRA：冻结预训练权重，只训练低秩矩阵，显存占用小";
        String full = "全参数微调：更新所有预训练权重，显存占用大";
        String evidence = "全参数微调会更新所有预训练权重，所以显存占用大";

        assertThat(check.contradiction(lora, evidence, "微调方法有哪些？", List.of(lora, full)))
                .isEmpty();
        // Without the option it states, the same clause reads as the opposite of LoRA's point.
        assertThat(check.contradiction(lora, evidence, "微调方法有哪些？", List.of(lora)))
                .isPresent();
    }

    @Test
    void compileTimeForRunTimeContradicts() {
        assertThat(check.contradiction(
                        "JavaScript 的变量类型在运行时才确定", "JavaScript 的变量类型在编译期就确定好了", "动态类型语言是什么意思？", List.of()))
                .isPresent();
        assertThat(check.contradiction(
                        "JavaScript 的变量类型在运行时才确定", "Java 在编译期确定类型，JavaScript 要到运行时才确定", "动态类型语言是什么意思？", List.of()))
                .isEmpty();
    }
}
