package dev.mockinterview.grading.embedding;

import static dev.mockinterview.grading.GradeResultAssert.assertThat;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.ReferenceQuality;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A correct answer to a comparison question names every side in one breath ("A 和 B"); the grader must not read
 * that as saying one side's property of another, which would mark a correct candidate wrong.
 */
class ComparisonAnswerTest {

    private final EmbeddedGrader grader = new EmbeddedGrader(
            new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run), EmbeddedGraderSettings.defaults());

    private static final String QUESTION = "解释全参数微调、LoRA、QLoRA 的区别";
    private static final String REFERENCE = "全参数微调更新模型所有参数，效果上限高，但显存和算力开销最大。LoRA 冻结原权重，"
            + "用低秩矩阵 A、B 学习权重增量，可训练参数极少，可以合并回原权重，不增加推理延迟。QLoRA 把基座以 4-bit NF4 "
            + "量化加载，计算时反量化为 bf16，在其上训练 LoRA，显存进一步下降，有量化精度损失。";
    private static final List<String> POINTS = List.of(
            "全参数微调 (Full Fine-Tuning)：全参数微调是指对模型的所有参数进行训练，以适应特定任务或数据集",
            "LoRA (Low-Rank Adaptation)：LoRA 冻结原权重，用低秩矩阵学习权重增量，可训练参数极少",
            "QLoRA：基座以 4-bit NF4 量化加载，计算时反量化为 bf16，在其上训练 LoRA，显存进一步下降",
            "选择：资源充足用全参，资源有限用 LoRA，极度受限用 QLoRA");
    private static final String STRONG = "全参数微调会更新模型所有参数，效果上限高但显存和算力开销最大。"
            + "LoRA 冻结原始权重，只训练两个低秩矩阵 A 和 B 来学习权重增量，可训练参数很少，训练完还能合并回原权重，推理不增加延迟。"
            + "QLoRA 在 LoRA 基础上把基座模型量化成 4-bit NF4 加载，计算时反量化成 bf16，显存进一步降低，但会有一点量化损失，"
            + "速度也比 LoRA 慢一些。资源够就全参，资源有限用 LoRA，特别紧张就 QLoRA。";

    @Test
    void correctComparisonNamingTwoMatricesIsNotMarkedIncorrect() {
        GradeResult result =
                grader.grade(new GradeRequest(QUESTION, REFERENCE, POINTS, STRONG, ReferenceQuality.TRUSTED));

        assertThat(result).marksNothingIncorrect().hasScoreBetween(7, 10);
    }

    @Test
    void thinRubricPointsDoNotTurnACorrectComparisonIncorrect() {
        List<String> thin = List.of(
                "全参数微调 (Full Fine-Tuning)：全参数微调是指对模型的所有参数进行训练，以适应特定任务或数据集",
                "LoRA (Low-Rank Adaptation)：LoRA 是一种轻量级的微调技术，其核心思想是通过低秩矩阵分解来模拟参数的改变量，从而以极小的参数量实现大模型的间接训练",
                "QLoRA (Quantized Low-Rank Adaptation)",
                "区别：选择哪种方法取决于具体的应用场景和资源限制");
        GradeResult result =
                grader.grade(new GradeRequest(QUESTION, REFERENCE, thin, STRONG, ReferenceQuality.TRUSTED));

        assertThat(result).marksNothingIncorrect();
    }

    @Test
    void swappingTheSidesOfTheComparisonIsStillNoticed() {
        String swapped = "LoRA 会更新模型所有参数，效果上限最高但显存开销最大；全参数微调冻结原始权重，只训练低秩矩阵。" + "QLoRA 就是不量化的 LoRA。";
        GradeResult result =
                grader.grade(new GradeRequest(QUESTION, REFERENCE, POINTS, swapped, ReferenceQuality.TRUSTED));

        assertThat(result).hasScoreBetween(0, 4);
    }
}
