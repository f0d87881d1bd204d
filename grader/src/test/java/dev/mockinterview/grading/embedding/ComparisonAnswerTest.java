package dev.mockinterview.grading.embedding;

import static dev.mockinterview.grading.GradeResultAssert.assertThat;

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

    private final EmbeddedGrader grader = SharedEmbeddedGrader.get();

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

    /** The bank's own rubric for q-003-0325 as it was served when a correct answer scored 0 against it. */
    @Test
    void bankRubricWithEnglishGlossesDoesNotTurnACorrectComparisonIncorrect() {
        List<String> points = List.of(
                "全参数微调 (Full Fine-Tuning)：全参数微调是指对模型的所有参数进行训练，以适应特定任务或数据集",
                "LoRA (Low-Rank Adaptation)：LoRA 是一种轻量级的微调技术，其核心思想是通过低秩矩阵分解来模拟参数的改变量，从而以极小的参数量实现大模型的间接训练",
                "QLoRA (Quantized Low-Rank Adaptation)：QLoRA 是 LoRA 的量化版本，结合了 LoRA 方法与深度量化技术，进一步减少训练所需的显存和计算资源");
        GradeRequest request =
                new GradeRequest("解释下全参数微调，lora ,QLora 的区别", BANK_REFERENCE, points, STRONG, ReferenceQuality.TRUSTED);

        // A human gives this answer 9; the long, bookish points of this rubric keep the embedded grader near 5
        // (docs/grading.md, known weaknesses). What must never happen again is a correct answer marked incorrect.
        assertThat(grader.grade(request)).marksNothingIncorrect().hasScoreBetween(4.5, 10);
    }

    private static final String BANK_REFERENCE =
            "全参数微调、LoRA 和 QLoRA 是大模型微调中的三种方法，它们的主要区别如下：\n1. 全参数微调 (Full Fine-Tuning)\n定义：全参数微调是指对模型的所有参数进行训练，以适应特定任务或数据集。\n优点：\n性能优越：通过对所有参数进行训练，能够充分挖掘模型的潜力，实现更好的性能。\n适用性广：不受限于增量矩阵的秩特性，适用于各种任务和数据集。\n缺点：\n计算资源消耗大：需要训练模型的所有参数，计算资源消耗较大，可能不适合在有限资源环境下进行。\n训练时间长：由于需要训练大量参数，训练时间通常较长，不利于快速迭代和优化。\n适用场景：适用于计算资源充足且追求最佳性能的场景。\n2. LoRA (Low-Rank Adaptation)\n定义：LoRA 是一种轻量级的微调技术，其核心思想是通过低秩矩阵分解来模拟参数的改变量，从而以极小的参数量实现大模型的间接训练。\n优点：\n参数效率高：通过低秩分解引入极少的可训练参数，显著减少内存需求和计算成本。\n训练速度快：低秩近似方法能够快速收敛，提高微调效率，缩短模型上线时间。\n无延迟推理：更新矩阵可以明确地合并到原始冻结权重中，不会引入额外的推理延迟。\n减轻灾难性遗忘：通过保留预训练权重，有效减轻灾难性遗忘问题。\n缺点：\n性能可能下降：由于低秩近似可能带来的信息损失，LoRA 在微调过程中可能会导致模型性能下降，特别是在处理复杂任务时。\n适用性限制：主要适用于具有低秩特性的增量矩阵，对于不具备这种特性的任务或数据集，LoRA 可能无法发挥优势。\n适用场景：适用于计算资源有限或需要快速上线的场景。\n3. QLoRA (Quantized Low-Rank Adaptation)\n定义：QLoRA 是 LoRA 的量化版本，结合了 LoRA 方法与深度量化技术，进一步减少训练所需的显存和计算资源。\n优点：\n显存需求低：通过将模型参数量化为 4 位精度（NF4），显著减少模型存储需求，同时保持模型精度的最小损失。\n训练速度快：在训练期间，QLoRA 先以 4-bit 格式加载模型，训练时将数值反量化到 bf16 进行训练，大幅减少了训练所需的显存。\n性能保持：尽管进行了量化，QLoRA 仍然能够保持模型的高性能和准确性。\n缺点：\n量化精度损失：量化过程中可能会引入一定的精度损失，需要设计合适的映射和量化策略以最小化这种损失。\n适用场景：适用于资源极度受限的环境，特别是在需要训练超大规模模型时。\n总结\n全参数微调：适用于计算资源充足且追求最佳性能的场景，但计算成本高，训练时间长。\nLoRA：适用于计算资源有限或需要快速上线的场景，参数效率高，训练速度快，但可能在复杂任务中性能下降。\nQLoRA：适用于资源极度受限的环境，进一步减少了显存需求和计算资源，但需要权衡量化精度损失。\n选择哪种方法取决于具体的应用场景和资源限制。";

    @Test
    void swappingTheSidesOfTheComparisonIsStillNoticed() {
        String swapped = "LoRA 会更新模型所有参数，效果上限最高但显存开销最大；全参数微调冻结原始权重，只训练低秩矩阵。" + "QLoRA 就是不量化的 LoRA。";
        GradeResult result =
                grader.grade(new GradeRequest(QUESTION, REFERENCE, POINTS, swapped, ReferenceQuality.TRUSTED));

        assertThat(result).hasScoreBetween(0, 4);
    }
}
