package dev.mockinterview.grading.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackWriterTest {

    private final FeedbackWriter writer = new FeedbackWriter();

    private static PointVerdict verdict(String point, PointStatus status, String evidence, String reason) {
        return new PointVerdict(new KeyPointResult(point, status, evidence), reason, false);
    }

    @Test
    void explainsTheDiscountOnlyWhenThePointsWereDiscounted() {
        List<PointVerdict> discounted = List.of(
                verdict("LoRA 冻结原权重", PointStatus.INCORRECT, "LoRA 会更新全部参数", "说的是「更新」"),
                verdict("只训练低秩矩阵 A 和 B", PointStatus.PARTIAL, "训练 A 和 B 两个矩阵", FeedbackWriter.DISCOUNTED));

        assertThat(writer.write(2.0, discounted, Set.of())).contains("可信度打了折扣");
    }

    @Test
    void reasonsAnLlmGivesForEveryPointAreNoDiscount() {
        List<PointVerdict> fromAnLlm = List.of(
                verdict("LoRA 冻结原权重", PointStatus.INCORRECT, "LoRA 会更新全部参数", "与要点相反"),
                verdict("只训练低秩矩阵 A 和 B", PointStatus.COVERED, "训练 A 和 B 两个矩阵", "正确说明了训练对象"));

        assertThat(writer.write(4.0, fromAnLlm, Set.of())).doesNotContain("打了折扣");
    }

    @Test
    void saysWhyAPointIsOnlyPartial() {
        List<PointVerdict> verdicts =
                List.of(verdict("Beam search 保留多条候选序列", PointStatus.PARTIAL, "保留多条候选", "说到了这一点的内容，但没有点出「Beam search」"));

        assertThat(writer.write(5.0, verdicts, Set.of()))
                .contains("- Beam search 保留多条候选序列（说到了这一点的内容，但没有点出「Beam search」）");
    }
}
