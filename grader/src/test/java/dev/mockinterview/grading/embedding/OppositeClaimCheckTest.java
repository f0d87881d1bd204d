package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OppositeClaimCheckTest {

    private final OppositeClaimCheck check = new OppositeClaimCheck();

    private Map<Integer, ContradictingClause> claims(String point, String answer) {
        return check.claims(List.of(point), answer, "请解释一下");
    }

    private static String quote(String answer, ContradictingClause claim) {
        return answer.substring(claim.start(), claim.end());
    }

    @Test
    void theOppositePhaseInThePointsSlotIsAClaim() {
        String answer = "窗口函数在 WHERE 过滤之前就计算好了。";

        Map<Integer, ContradictingClause> claims = claims("窗口函数在 WHERE 过滤之后才计算", answer);

        assertThat(claims).containsOnlyKeys(0);
        assertThat(quote(answer, claims.get(0))).contains("过滤之前");
        assertThat(claims.get(0).reason()).contains("之前", "之后");
    }

    @Test
    void theReasonQuotesBothFormsAsWritten() {
        Map<Integer, ContradictingClause> claims =
                claims("Falcon 采用 Pre-LN 结构，训练更稳定", "Falcon 采用的是 POST-LN 结构，这样训练更稳定。");

        assertThat(claims).containsOnlyKeys(0);
        assertThat(claims.get(0).reason()).isEqualTo("说的是「POST-LN」，要点是「Pre-LN」");
    }

    @Test
    void anInvertedDirectionIsQuotedAsWritten() {
        Map<Integer, ContradictingClause> claims = claims("量化把 FP32 权重转换为 INT8", "量化就是把 Int8 权重转换为 Fp32，精度更高。");

        assertThat(claims).containsOnlyKeys(0);
        assertThat(claims.get(0).reason()).contains("「Int8 权重」", "「Fp32」", "「FP32 权重」", "「INT8」");
    }

    @Test
    void aDegreeWordBetweenSlotAndFormStillFillsTheSlot() {
        assertThat(claims("剪枝之后模型的参数量更小", "剪枝之后模型的参数量会变得更大，推理更慢。")).containsOnlyKeys(0);
    }

    @Test
    void aSiblingOfTheFamilyBoundToThePointsSubjectIsAClaim() {
        assertThat(claims("BERT 是 encoder-only 架构，适合理解类任务", "BERT 是 decoder-only 架构，主要用来做理解类任务的生成。"))
                .containsOnlyKeys(0);
    }

    @Test
    void aShortClauseNamingThePointsTermIsJudgedWithItsSentence() {
        assertThat(claims("T5 用 Pre-LN，训练更稳定", "T5 用的是 Post-LN，这样训练更稳定，收敛也快。")).containsOnlyKeys(0);
    }

    @Test
    void theSiblingSaidOfSomeoneElseIsNoClaim() {
        assertThat(claims("T5 用 Pre-LN，训练更稳定", "很多人用 Post-LN，这样训练更稳定，收敛也快。")).isEmpty();
    }

    @Test
    void theOtherSideInTheSameNeighbourhoodIsAClaim() {
        assertThat(claims("批量生成时应该在左侧填充 padding", "批量生成时应该在右侧填充 padding，这样位置才对齐。"))
                .containsOnlyKeys(0);
    }

    @Test
    void anInvertedDirectionOfTheSameThingsIsAClaim() {
        String answer = "tokenizer 的作用是把 token id 转换为文本，模型再读这些文本。";

        Map<Integer, ContradictingClause> claims = claims("tokenizer 把文本转换为 token id", answer);

        assertThat(claims).containsOnlyKeys(0);
        assertThat(claims.get(0).reason()).startsWith("方向反了");
    }

    @Test
    void anInvertedDirectionBetweenMembersOfAFamilyIsAClaim() {
        assertThat(claims("剪枝把大网络变成小网络，并尽量保留精度", "剪枝其实是把小网络变成大网络，从而保留精度。")).containsOnlyKeys(0);
    }

    @Test
    void dequantizingBackIsNoInvertedQuantization() {
        assertThat(claims("量化把 FP16 权重压缩为 INT4 存储", "量化后权重以 INT4 存储，计算前再把 INT4 反量化为 FP16 参与矩阵乘法。"))
                .isEmpty();
    }

    @Test
    void aContrastThatAlsoPutsThePointsMemberInTheSlotIsNoClaim() {
        assertThat(claims("RoPE 属于相对位置编码", "RoPE 是相对位置编码，而原始 Transformer 的正弦编码是绝对位置编码，RoPE 外推更好。"))
                .isEmpty();
    }

    @Test
    void aComparisonAssertsNothing() {
        assertThat(claims("TensorFlow 1.x 使用静态计算图", "PyTorch 用动态计算图，比 TensorFlow 1.x 的静态计算图更灵活。"))
                .isEmpty();
    }

    @Test
    void aNegatedOppositeIsNoClaim() {
        assertThat(claims("梯度累积在若干个小批次之后才更新一次参数", "梯度累积并不是在每个小批次之前就更新参数，而是攒够了再更新。"))
                .isEmpty();
    }

    @Test
    void aConditionAssertsNothing() {
        assertThat(claims("预热阶段学习率从很小的值逐渐增大", "如果预热阶段学习率逐渐减小，训练初期反而容易发散。")).isEmpty();
    }

    @Test
    void theOppositeInAnotherSlotIsNoClaim() {
        assertThat(claims("推理时使用 KV cache 减少重复计算", "训练时所有位置并行计算；推理时逐个生成 token，并使用 KV cache 缓存之前的 K 和 V。"))
                .isEmpty();
    }

    @Test
    void theWordAfterAOneCharacterMemberIsItsCompoundNotItsSlot() {
        assertThat(claims("原因：大模型参数更多、表示能力更强", "参数多了表示能力就强，小模型参数少所以能力弱。")).isEmpty();
    }

    @Test
    void theOppositeWithThePointsPredicateDeniedAgrees() {
        assertThat(claims("dropout 训练时随机丢弃神经元", "dropout 在推理时不会随机丢弃神经元。")).isEmpty();
    }

    @Test
    void aContrastNamingBothMembersInTheirPlacesIsNoClaim() {
        assertThat(claims("温度越高分布越平，输出越随机", "温度低的时候分布更尖，输出更确定；温度高就更随机。")).isEmpty();
    }

    @Test
    void aCompoundHoldingAOneCharacterFormIsNotThatForm() {
        assertThat(claims("训练前对语料去重", "先做分词，然后对语料去重，最后过滤低质量文本。")).isEmpty();
    }

    @Test
    void aPointRelatingTwoMembersInOneClauseBindsNeither() {
        assertThat(claims("混合精度训练同时使用 FP16 和 FP32", "混合精度训练的大部分计算使用 BF16，主权重另存一份。"))
                .isEmpty();
    }

    @Test
    void aClauseAboutAnotherEntityOfTheRubricCannotContradictThePoint() {
        List<String> points = List.of("BatchNorm：训练时用当前 batch 的统计量", "LayerNorm：对每个样本单独计算均值和方差");
        String question = "LayerNorm 和 BatchNorm 有什么区别？";

        assertThat(check.claims(points, "LayerNorm 推理时也用当前样本的统计量，和训练一致。", question))
                .doesNotContainKey(0);
        assertThat(check.claims(points, "BatchNorm 推理时用当前 batch 的统计量。", question))
                .containsKey(0);
    }

    @Test
    void everyLineOfTheBundledLexiconHasTwoMembers() {
        assertThat(OppositeClaimCheck.bundled())
                .isNotEmpty()
                .allSatisfy(family -> assertThat(family.members()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void repeatingOneSideOfAPointThatStatesBothIsNoOpposite() {
        String point = "T5 的编码器部分用双向注意力，解码器部分用单向注意力";

        assertThat(claims(point, "T5 编码器这边就是双向注意力，每个词都能看全句。")).isEmpty();
    }

    @Test
    void theOtherEntitySayingThePointsMemberIsNoContrastForThisOne() {
        List<String> points = List.of("WHERE 在分组之前过滤行，不能用聚合函数", "HAVING 在分组之后过滤分组结果，可以用聚合函数");
        String answer = "HAVING 是在分组之前过滤原始行的，WHERE 才是在分组之后对聚合结果过滤。";

        assertThat(check.claims(points, answer, "HAVING 和 WHERE 有什么区别？")).containsKey(1);
    }

    @Test
    void aPointRelatingBothMembersThroughAComparativeBindsNeither() {
        assertThat(claims("量化蒸馏是把大的全精度模型压缩成更小的低比特模型", "其实就是蒸馏成小模型来部署。")).isEmpty();
    }

    @Test
    void theLateStageInTheSlotOfTheEarlyStageIsAClaim() {
        assertThat(claims("学习率预热在训练初期把学习率从很小逐步调大", "预热是在训练后期把学习率逐步调大，帮模型跳出局部最优。"))
                .containsOnlyKeys(0);
    }

    @Test
    void aClauseStatingAnotherOptionOfTheRubricIsNoClaimAgainstTheOthers() {
        String online = "在线蒸馏：教师模型和学生模型同时训练，互相学习";
        String offline = "离线蒸馏：先训好教师模型，再用它的输出训练学生模型";
        String answer = "离线蒸馏是先把教师模型训练好，再拿它去训练学生模型。";

        assertThat(check.claims(List.of(online, offline), answer, "知识蒸馏有哪几种？")).isEmpty();
        assertThat(check.claims(List.of(online), answer, "知识蒸馏有哪几种？")).containsOnlyKeys(0);
    }
}
