package dev.mockinterview.grading.embedding;

import static dev.mockinterview.grading.GradeResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import dev.mockinterview.grading.ReferenceQuality;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Correct content said in the candidate's own words: spoken synonyms, parameter names, one claim of a long point. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnWordsCreditTest {

    private static final String QUESTION = "大模型训练和推理里有哪些常见的工程问题？";
    private static final List<String> POINTS = List.of(
            "人工评估代价高：需要大量人力和时间，难以覆盖所有场景",
            "KV Cache：缓存历史 token 的 Key 和 Value，解码时无需重复计算，代价是显存随序列长度线性增长",
            "LoRA：冻结原模型权重，只训练旁路的两个低秩矩阵，可训练参数少，显存占用低，训练完可合并回原权重",
            "Top-p 采样：只在累积概率达到阈值 p 的最小词集合里采样");

    private final EmbeddedGrader grader = SharedEmbeddedGrader.get();

    private GradeResult grade(String answer) {
        return grader.grade(
                new GradeRequest(QUESTION, String.join("。", POINTS), POINTS, answer, ReferenceQuality.TRUSTED));
    }

    private static PointStatus status(GradeResult result, String pointStart) {
        return result.keyPoints().stream()
                .filter(p -> p.text().startsWith(pointStart))
                .map(KeyPointResult::status)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void spokenSynonymsOfABookishPointEarnIt() {
        GradeResult result = grade("找人评估太贵了，人手也不够。");

        assertThat(status(result, "人工评估")).isIn(PointStatus.COVERED, PointStatus.PARTIAL);
        assertThat(result).marksNothingIncorrect();
    }

    @Test
    void aParameterWrittenWithAnUnderscoreNamesItsPoint() {
        GradeResult result = grade("top_p 就是按累积概率截一刀，只在剩下的那些词里挑。");

        assertThat(status(result, "Top-p")).isNotEqualTo(PointStatus.MISSED);
    }

    @Test
    void aClaimSaidOfAnotherSubjectEarnsNothing() {
        GradeResult result = grade("KV cache 的问题是序列一长，占的显存就越来越多。");

        assertThat(status(result, "LoRA")).isEqualTo(PointStatus.MISSED);
    }

    @Test
    void oneClaimOfALongPointIsNeverMoreThanPartial() {
        GradeResult result = grade("LoRA 训练完可以把那两个小矩阵直接加回原来的权重里。");

        assertThat(status(result, "LoRA")).isEqualTo(PointStatus.PARTIAL);
    }
}
