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

/** Certainty asserted against a key point that hedges, read by {@link CertaintyClaimCheck}. */
class CertaintyClaimCheckTest {

    private static final String SPEED = "INT8 量化后推理不一定比 FP16 快，取决于硬件和 kernel 支持";

    private final CertaintyClaimCheck check = new CertaintyClaimCheck();

    private Map<Integer, ContradictingClause> claims(String point, String answer) {
        return check.claims(List.of(point), answer);
    }

    private static String quote(String answer, ContradictingClause claim) {
        return answer.substring(claim.start(), claim.end());
    }

    @Test
    void certainSpeedupAgainstAHedgedOneIsAClaim() {
        String answer = "INT8 推理肯定比 FP16 快，基本能翻一倍。";

        Map<Integer, ContradictingClause> claims = claims(SPEED, answer);

        assertThat(claims).containsOnlyKeys(0);
        assertThat(quote(answer, claims.get(0))).contains("肯定比 FP16 快");
        assertThat(claims.get(0).reason()).contains("不一定比 FP16 快", "肯定");
    }

    @Test
    void aMonotoneLawStatedAsCertainIsAClaim() {
        assertThat(claims("增大 batch size 未必能让模型泛化得更好", "batch size 越大，模型泛化一定越好。"))
                .containsOnlyKeys(0);
    }

    @Test
    void alwaysAgainstNotAlwaysIsAClaim() {
        assertThat(claims("把上下文窗口拉长并不总是能提高回答质量", "上下文窗口越长，回答质量总是越高。")).containsOnlyKeys(0);
    }

    @Test
    void eliminatingWhatThePointOnlyLessensIsAClaim() {
        String answer = "接入 RAG 以后，就能彻底消除幻觉。";

        Map<Integer, ContradictingClause> claims = claims("RAG 只能缓解幻觉，不能完全消除", answer);

        assertThat(claims).containsOnlyKeys(0);
        assertThat(quote(answer, claims.get(0))).contains("彻底消除幻觉");
    }

    @Test
    void aCertainDenialOfWhatDependsOnConditionsIsAClaim() {
        assertThat(claims("是否需要做模型蒸馏取决于部署成本和延迟要求", "模型蒸馏在任何场景下都完全没有必要。")).containsOnlyKeys(0);
    }

    @Test
    void aClaimForEveryCaseSpreadOverClausesIsAClaim() {
        assertThat(claims(SPEED, "不管是什么显卡，INT8 都能比 FP16 快一倍。")).containsOnlyKeys(0);
    }

    @Test
    void englishCompletenessAgainstAnEnglishLimitIsAClaim() {
        assertThat(claims(
                        "RAG cannot fully eliminate hallucinations",
                        "With RAG the model completely eliminates hallucinations."))
                .containsOnlyKeys(0);
    }

    @Test
    void moreOfTheDegreeTheHedgeSpeaksOfIsAClaim() {
        assertThat(claims("训练数据越多不一定越好，质量更重要", "训练数据越多，模型效果肯定越好。")).containsOnlyKeys(0);
    }

    @Test
    void aCertaintyAboutAnotherDegreeOfTheSameThingIsNoClaim() {
        assertThat(claims("训练数据越多不一定越好，质量更重要", "数据质量高，模型效果肯定更好。")).isEmpty();
    }

    @Test
    void anObligationAgainstAHedgedNecessityIsAClaim() {
        assertThat(claims("领域模型不一定要扩充词表，要看术语覆盖情况", "做领域模型一定要扩充词表。")).containsOnlyKeys(0);
    }

    @Test
    void anObligationWithinOneClauseIsNoCertaintyAboutAnOutcome() {
        String point = "增大 batch size 不一定能加快收敛";

        assertThat(claims(point, "增大 batch size 一定要同时调高学习率才能加快收敛。")).isEmpty();
        assertThat(claims(point, "增大 batch size 一定得配合 warmup 才能加快收敛。")).isEmpty();
        assertThat(claims(point, "增大 batch size 一定能加快收敛。")).containsOnlyKeys(0);
    }

    @Test
    void anEnglishObligationIsNoCertaintyAboutAnOutcome() {
        String point = "A larger batch does not always speed up convergence";

        assertThat(claims(
                        point, "A larger batch must always come with a higher learning rate to speed up convergence."))
                .isEmpty();
    }

    @Test
    void mustAgainstAHedgedNeedIsAClaim() {
        assertThat(claims("小模型不一定需要靠知识蒸馏来训练", "小模型必须靠知识蒸馏来训练。")).containsOnlyKeys(0);
        assertThat(claims("检索增强未必要加重排序模块", "做检索增强一定得加重排序模块。")).containsOnlyKeys(0);
        assertThat(claims("是否需要加重排序模块取决于召回质量", "检索增强必须加重排序模块。")).containsOnlyKeys(0);
    }

    @Test
    void mustDeniedAgainstAHedgedNeedIsNoClaim() {
        assertThat(claims("小模型不一定需要靠知识蒸馏来训练", "小模型并非必须靠知识蒸馏来训练。")).isEmpty();
    }

    @Test
    void anObligationIsNoCertaintyAboutAnOutcome() {
        assertThat(claims(SPEED, "INT8 推理一定要配合专门的 kernel，才会比 FP16 快。")).isEmpty();
    }

    @Test
    void aHedgedAnswerIsNoClaim() {
        assertThat(claims(SPEED, "INT8 推理不一定比 FP16 快，要看显卡有没有整数算力。")).isEmpty();
    }

    @Test
    void certaintyAboutAnotherPredicateIsNoClaim() {
        assertThat(claims(SPEED, "INT8 肯定能省一半显存，这是它最确定的好处。")).isEmpty();
    }

    @Test
    void aNegatedCertaintyIsNoClaim() {
        assertThat(claims(SPEED, "也不能简单地说 INT8 一定比 FP16 快。")).isEmpty();
        assertThat(claims("RAG 只能缓解幻觉，不能完全消除", "RAG 没办法彻底消除幻觉，只是少了很多。")).isEmpty();
    }

    @Test
    void aCertaintyUnderAConditionIsNoClaim() {
        assertThat(claims(SPEED, "如果显卡有整数 Tensor Core，INT8 就一定比 FP16 快。")).isEmpty();
    }

    @Test
    void aCertainComparisonOfOtherThingsIsNoClaim() {
        assertThat(claims(SPEED, "FP16 肯定比 FP32 快，因为位宽减半。")).isEmpty();
    }

    @Test
    void aReversedComparisonIsNoClaimOnThePointsSide() {
        assertThat(claims(SPEED, "FP16 在老显卡上一定比 INT8 快。")).isEmpty();
    }

    @Test
    void anAnswerThatSaysBothIsNoClaim() {
        assertThat(claims(SPEED, "INT8 一般会比 FP16 快，但也不一定。")).isEmpty();
        assertThat(claims(SPEED, "INT8 肯定比 FP16 快。不过也不绝对。")).isEmpty();
    }

    @Test
    void aQuestionOrAReportedBeliefIsNoClaim() {
        assertThat(claims(SPEED, "INT8 一定比 FP16 快吗？")).isEmpty();
        assertThat(claims(SPEED, "很多人以为 INT8 肯定比 FP16 快。")).isEmpty();
    }

    @Test
    void aSoftenedCertaintyIsNoClaim() {
        assertThat(claims("RAG 只能缓解幻觉，不能完全消除", "RAG 通常可以彻底消除大部分幻觉。")).isEmpty();
    }

    @Test
    void aCertaintyThatOnlyAgreesWithALimitIsNoClaim() {
        assertThat(claims("RAG 只能缓解幻觉，不能完全消除", "RAG 肯定能缓解幻觉，检索到的资料给了模型依据。")).isEmpty();
    }

    @Test
    void aCertaintyThatSharesOnlyTheHedgedThingsSubjectIsNoClaim() {
        assertThat(claims("RLHF 不能保证模型输出完全无害", "RLHF 肯定能让输出更贴近人类偏好。")).isEmpty();
        assertThat(claims("RLHF 不能保证模型输出完全无害", "做过 RLHF 的模型，输出就百分之百无害了。")).containsOnlyKeys(0);
    }

    @Test
    void aCertainComparisonIsNoAnswerToHowSomethingDepends() {
        String point = "MoE 的推理速度取决于激活的专家数和通信开销";

        assertThat(claims(point, "MoE 推理速度肯定比同参数量的稠密模型快，因为每次只激活少数专家。")).isEmpty();
    }

    @Test
    void aPointWithoutAHedgeHasNoClaim() {
        assertThat(claims("INT8 量化把权重显存减半", "INT8 肯定能把显存减半。")).isEmpty();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ThroughTheGrader {

        private static final String QUESTION = "INT8 量化后推理速度和 FP16 比怎么样？";
        private static final List<String> POINTS = List.of(SPEED, "INT8 的确定收益是权重显存减半", "只量化权重时，解码阶段受显存带宽限制，权重变小能加速");
        private static final String REFERENCE = String.join("。", POINTS) + "。";
        private static final String ANSWER = "INT8 推理肯定比 FP16 快，不管什么硬件都能提速一倍。另外权重显存也能减半。";

        private final EmbeddedGrader grader = SharedEmbeddedGrader.get();

        private GradeResult grade(String answer, ReferenceQuality quality) {
            return grader.grade(new GradeRequest(QUESTION, REFERENCE, POINTS, answer, quality));
        }

        @Test
        void theHedgedPointIsIncorrectWithTheCertainClauseAsEvidence() {
            GradeResult result = grade(ANSWER, ReferenceQuality.TRUSTED);

            assertThat(result).marksIncorrect("不一定比 FP16 快");
            KeyPointResult speed = result.keyPoints().get(0);
            assertThat(speed.evidence()).contains("肯定比 FP16 快");
            assertThat(ANSWER).contains(speed.evidence());
        }

        @Test
        void anUntrustedReferenceCannotMakeTheHedgedPointIncorrect() {
            GradeResult result = grade(ANSWER, ReferenceQuality.SHALLOW);

            assertThat(result).marksNothingIncorrect();
        }

        @Test
        void aHedgedCorrectAnswerKeepsThePoint() {
            GradeResult result =
                    grade("INT8 不一定比 FP16 快，要看硬件和 kernel 支持；能确定的是权重显存减半，解码阶段权重变小后读显存更快。", ReferenceQuality.TRUSTED);

            assertThat(result).marksNothingIncorrect();
            assertThat(result.keyPoints().get(0).status()).isNotEqualTo(PointStatus.MISSED);
        }
    }
}
