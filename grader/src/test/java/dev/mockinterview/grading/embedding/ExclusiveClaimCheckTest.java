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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A scope widened or narrowed against a key point that restricts or quantifies, read by {@link ExclusiveClaimCheck}. */
class ExclusiveClaimCheckTest {

    private static final String LOSS_MASK = "SFT 时只对模型回答部分计算 loss，指令部分不算";
    private static final String ROPE = "RoPE 只作用于 query 和 key，不作用于 value";
    private static final String LORA = "LoRA 只训练旁路的低秩矩阵 A、B，预训练权重保持冻结";
    private static final String BACKBONE = "冻结骨干网络的全部原有权重";
    private static final String MQA = "MQA 中所有 query 头共享同一组 K/V";

    private final ExclusiveClaimCheck check = new ExclusiveClaimCheck();

    private Map<Integer, ContradictingClause> claims(String point, String answer) {
        return check.claims(List.of(point), answer, "");
    }

    @Test
    void everyExpertActivatedAgainstOnlyAFewIsAClaim() {
        String point = "稀疏专家层里每个 token 只激活路由选中的两个专家";

        assertThat(claims(point, "其实每个 token 都会激活全部专家，再按权重加起来。")).containsOnlyKeys(0);
        assertThat(claims(point, "每个 token 只会被路由到两个专家，其余专家不参与计算。")).isEmpty();
    }

    private static String quote(String answer, ContradictingClause claim) {
        return answer.substring(claim.start(), claim.end());
    }

    @Test
    void lossOverEveryTokenAgainstLossOnTheReplyOnlyIsAClaim() {
        String answer = "SFT 的 loss 在所有 token 上都要算，指令和回答一起算。";

        Map<Integer, ContradictingClause> claims = claims(LOSS_MASK, answer);

        assertThat(claims).containsOnlyKeys(0);
        assertThat(quote(answer, claims.get(0))).contains("所有 token");
        assertThat(claims.get(0).reason()).isEqualTo("参考答案说只「对模型回答部分计算 loss」，回答却扩大到「所有 token」");
    }

    @Test
    void aListAddingTheExcludedVectorIsAClaim() {
        String answer = "RoPE 的旋转作用在 query、key 和 value 上。";

        Map<Integer, ContradictingClause> claims = claims(ROPE, answer);

        assertThat(claims).containsOnlyKeys(0);
        assertThat(quote(answer, claims.get(0))).contains("query、key 和 value");
        assertThat(claims.get(0).reason()).isEqualTo("参考答案说只「作用于 query 和 key」，回答却把「value」也算了进去");
    }

    @Test
    void everyParameterUpdatedAgainstLowRankOnlyIsAClaim() {
        Map<Integer, ContradictingClause> claims = claims(LORA, "LoRA 微调时模型的全部参数都会跟着更新。");

        assertThat(claims).containsOnlyKeys(0);
        assertThat(claims.get(0).reason()).isEqualTo("参考答案说只「训练旁路的低秩矩阵 A、B」，回答却扩大到「全部参数」");
    }

    @Test
    void trainingTheFrozenWeightsTooIsAClaim() {
        assertThat(claims(LORA, "LoRA 在训练时预训练权重和 A、B 一起更新。")).containsOnlyKeys(0);
    }

    @Test
    void aComparisonAfterTheWideningClauseDoesNotHideIt() {
        assertThat(claims(LORA, "LoRA 训练时全部参数都会更新，所以收敛比全量微调快。")).containsOnlyKeys(0);
    }

    @Test
    void anOnlyThatRestrictsSomethingElseIsNoStatementOfTheScope() {
        assertThat(claims(LORA, "LoRA 微调后的文件只有几十 MB；它训练时全部参数都会更新。")).containsOnlyKeys(0);
    }

    @Test
    void freezingOnlySomeLayersAgainstFreezingAllIsAClaim() {
        String answer = "只冻结靠前的几层，靠后的层照样参与训练。";

        Map<Integer, ContradictingClause> claims = claims(BACKBONE, answer);

        assertThat(claims).containsOnlyKeys(0);
        assertThat(quote(answer, claims.get(0))).contains("只冻结靠前的几层");
        assertThat(claims.get(0).reason()).isEqualTo("参考答案说「冻结骨干网络的全部原有权重」，回答却说只有一部分（「只冻结靠前的几层」）");
    }

    @Test
    void halfTheHeadsSharingAgainstAllHeadsSharingIsAClaim() {
        assertThat(claims(MQA, "MQA 里只有一半的 query 头会共享 K/V。")).containsOnlyKeys(0);
    }

    @Test
    void anotherStageNamedBeforeTheActionIsNoClaim() {
        assertThat(claims(LORA, "在预训练阶段，模型的全部参数都会更新。")).isEmpty();
    }

    @Test
    void whatSomeVariantsDoIsNoClaim() {
        assertThat(claims(BACKBONE, "也有一些变体只冻结部分层。")).isEmpty();
    }

    @Test
    void aTimeClauseIsNoTrainingAction() {
        assertThat(claims(LORA, "训练时整个模型的前向都要走一遍，但梯度只流到 A 和 B。")).isEmpty();
    }

    @Test
    void anotherEnglishNamedThingIsNoClaimWhenThePointNamesItsOwn() {
        assertThat(claims(MQA, "GQA 只让一部分 query 头共享同一组 K/V。")).isEmpty();
    }

    @Test
    void anEnglishWideningIsAClaim() {
        assertThat(claims(
                        "LoRA only trains the low-rank matrices A and B; the pretrained weights stay frozen",
                        "LoRA updates all the parameters of the model during training."))
                .containsOnlyKeys(0);
    }

    @Test
    void anEnglishContrastWithFullFineTuningIsNoClaim() {
        assertThat(claims(
                        "LoRA only trains the low-rank matrices A and B; the pretrained weights stay frozen",
                        "Full fine-tuning updates all parameters, LoRA does not."))
                .isEmpty();
    }

    @Test
    void anAllQuantifyingTheRestrictedPartByNameIsNoClaim() {
        assertThat(claims("只对 assistant 回复计算 loss", "多轮对话里所有 assistant 回复都要算 loss。"))
                .isEmpty();
    }

    @Test
    void anotherMethodNamedBeforeTheActionIsNoClaim() {
        assertThat(claims(BACKBONE, "部分微调只冻结底层，更新上层。")).isEmpty();
    }

    @Test
    void aDefinitionOfAnotherPracticeIsNoClaim() {
        assertThat(claims(BACKBONE, "只冻结部分参数的做法叫部分微调。")).isEmpty();
    }

    @Test
    void anotherThingWidenedInAClauseNamingNothingOfThePointIsNoClaim() {
        assertThat(claims(ROPE, "绝对位置编码加在整个输入 embedding 上，RoPE 则是旋转 query、key。"))
                .isEmpty();
    }

    @Test
    void theExcludedThingInAnotherPredicateIsNoClaim() {
        assertThat(claims("LoRA：冻结原模型权重，只训练旁路的两个低秩矩阵", "LoRA 训练完可以把两个小矩阵直接加回原来的权重里。"))
                .isEmpty();
    }

    @Test
    void aWordOfTheExcludedThingThatIsNotItsHeadIsNoClaim() {
        assertThat(claims("LoRA：冻结原模型权重，只训练旁路的两个低秩矩阵", "LoRA 常用来训练大模型，省显存。")).isEmpty();
    }

    @Test
    void anUpdateAsANounIsNoAction() {
        assertThat(claims(LORA, "LoRA 把权重的更新量分解成 B 乘 A。")).isEmpty();
    }

    @Test
    void aSentenceOpeningWithAnotherNamedThingIsNoClaim() {
        assertThat(claims("解码器的掩码：每个位置只能关注它自己和它之前的位置", "Prefix LM 分成前缀和生成段，生成段可以关注全部前缀。"))
                .isEmpty();
    }

    @Test
    void narrowingAgainstAFullFineTuningPointMustSpeakOfFullFineTuning() {
        String point = "全量微调：更新模型的全部参数，显存开销大";

        assertThat(claims(point, "LoRA 这类方法只训练一部分参数。")).isEmpty();
        assertThat(claims(point, "全量微调其实只更新最后几层。")).containsOnlyKeys(0);
    }

    @Test
    void aNegatedWideningIsNoClaim() {
        assertThat(claims(ROPE, "RoPE 的旋转并不作用在 value 上。")).isEmpty();
    }

    @Test
    void aHedgedWideningIsNoClaim() {
        assertThat(claims(LORA, "LoRA 训练时可能全部参数都会更新。")).isEmpty();
    }

    @Test
    void aConditionalWideningIsNoClaim() {
        assertThat(claims(LORA, "如果不用 LoRA，全部参数都会更新。")).isEmpty();
    }

    @Test
    void aComparisonWithFullFineTuningIsNoClaim() {
        assertThat(claims(LORA, "和 LoRA 相比，微调时全部参数都要更新，显存开销大。")).isEmpty();
    }

    @Test
    void fullFineTuningUpdatingEverythingIsNoClaimAgainstLora() {
        assertThat(claims(LORA, "全量微调会更新全部参数，所以显存占用很高。")).isEmpty();
    }

    @Test
    void anotherNamedMethodUpdatingEverythingIsNoClaim() {
        assertThat(claims(LORA, "DreamBooth 微调时全部参数都会更新。")).isEmpty();
    }

    @Test
    void anAnswerThatStatesTheRestrictionToContrastIsNoClaim() {
        assertThat(claims(LORA, "LoRA 只训练 A 和 B 两个小矩阵，不像全量微调那样全部参数都更新。")).isEmpty();
    }

    @Test
    void anAllAboutTheTasksIsNoClaim() {
        assertThat(claims(LORA, "所有下游任务上 LoRA 都是训练这两个低秩矩阵。")).isEmpty();
    }

    @Test
    void anAllOverTheRestrictedPartIsNoClaim() {
        assertThat(claims(LOSS_MASK, "模型回答部分的所有 token 都要计算 loss。")).isEmpty();
    }

    @Test
    void theRestrictedListAloneIsNoClaim() {
        assertThat(claims(ROPE, "RoPE 同时作用在 query 和 key 上，value 保持原样。")).isEmpty();
    }

    @Test
    void freezingEverythingAndTrainingOnlyTheNewModuleIsNoClaim() {
        assertThat(claims(BACKBONE, "把骨干网络的全部参数冻结，只训练新加的小模块。")).isEmpty();
    }

    @Test
    void aPointThatContrastsTwoMethodsOnOneActionIsLeftAlone() {
        assertThat(claims("全量微调更新全部参数；PEFT 只训练少量新增参数", "PEFT 训练时全部参数都会更新。")).isEmpty();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ThroughTheGrader {

        private static final String QUESTION = "RoPE 的旋转作用在哪些向量上？为什么能表达相对位置？";
        private static final List<String> POINTS = List.of(ROPE, "旋转角度由 token 的位置和维度决定", "旋转后 q 与 k 的内积只与两者的相对位置有关");
        private static final String REFERENCE = String.join("。", POINTS) + "。";
        private static final String ANSWER =
                "RoPE 的旋转作用在 query、key 和 value 上，旋转角度由 token 的位置和维度决定，" + "这样旋转后 q 和 k 的内积就只跟相对位置有关。";

        private final EmbeddedGrader grader = SharedEmbeddedGrader.get();

        private GradeResult grade(String answer, ReferenceQuality quality) {
            return grader.grade(new GradeRequest(QUESTION, REFERENCE, POINTS, answer, quality));
        }

        @Test
        void theRestrictedPointIsIncorrectWithTheWideningClauseAsEvidence() {
            GradeResult result = grade(ANSWER, ReferenceQuality.TRUSTED);

            assertThat(result).marksIncorrect("只作用于 query 和 key");
            KeyPointResult rope = result.keyPoints().get(0);
            assertThat(rope.evidence()).contains("query、key 和 value");
            assertThat(ANSWER).contains(rope.evidence());
        }

        @Test
        void anUntrustedReferenceCannotMakeTheRestrictedPointIncorrect() {
            assertThat(grade(ANSWER, ReferenceQuality.SHALLOW)).marksNothingIncorrect();
        }

        @Test
        void aCorrectAnswerKeepsThePoint() {
            GradeResult result = grade(
                    "RoPE 只旋转 query 和 key，value 不参与旋转；旋转角度由 token 的位置和维度决定，所以 q 和 k 的内积只跟相对位置有关。",
                    ReferenceQuality.TRUSTED);

            assertThat(result).marksNothingIncorrect();
            assertThat(result.keyPoints().get(0).status()).isNotEqualTo(PointStatus.MISSED);
        }
    }
}
