package dev.mockinterview.grading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.ReferenceQuality;
import java.util.List;
import org.junit.jupiter.api.Test;

class BigramOverlapBaselineTest {

    private final BigramOverlapBaseline baseline = new BigramOverlapBaseline();

    @Test
    void countsEachCjkCharacterAndEachAsciiWordAsOneToken() {
        assertThat(BigramOverlapBaseline.bigrams("用 LoRA 微调")).containsExactlyInAnyOrder("用 lora", "lora 微", "微 调");
    }

    @Test
    void doesNotBridgePunctuation() {
        assertThat(BigramOverlapBaseline.bigrams("显存，速度")).containsExactlyInAnyOrder("显 存", "速 度");
    }

    @Test
    void givesTheReferenceItselfFullMarksAndAStrangerNothing() {
        String reference = "LoRA 冻结原权重，用低秩矩阵学习权重增量。";
        assertThat(grade(reference, reference)).isEqualTo(10.0);
        assertThat(grade(reference, "今天天气很好，我们去公园散步吧")).isZero();
    }

    @Test
    void scoresPartialOverlapBetweenTheExtremes() {
        double score = grade("LoRA 冻结原权重，用低秩矩阵学习权重增量，可以合并回原模型。", "LoRA 就是冻结原权重，然后训练两个小矩阵。");
        assertThat(score).isStrictlyBetween(0.0, 10.0);
    }

    private double grade(String reference, String answer) {
        return baseline.grade(new GradeRequest("问题", reference, List.of("要点"), answer, ReferenceQuality.TRUSTED))
                .score();
    }
}
