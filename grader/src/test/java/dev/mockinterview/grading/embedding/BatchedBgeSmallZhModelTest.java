package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchedBgeSmallZhModelTest {

    private final BgeSmallZhV15QuantizedEmbeddingModel oneByOne =
            new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run);
    private final BatchedBgeSmallZhModel batched = new BatchedBgeSmallZhModel(oneByOne);

    @Test
    void batchOfSpansOfDifferentLengthsGivesTheOneByOneVectors() {
        List<String> texts = List.of(
                "LoRA 冻结原模型权重",
                "只训练两个低秩矩阵 A 和 B，参数量小很多，推理时还可以把 BA 合并回原权重",
                "KV cache",
                "注意力除以根号 d_k 是为了防止点积过大导致 softmax 饱和");

        List<Embedding> together =
                batched.embedAll(texts.stream().map(TextSegment::from).toList()).content();

        assertThat(together).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = Vectors.embed(oneByOne, texts.get(i));
            // The quantized model scales its activations per run, so a batch shifts each vector slightly.
            assertThat(Vectors.cosine(alone, Vectors.unit(together.get(i).vector())))
                    .as(texts.get(i))
                    .isGreaterThan(0.98);
        }
    }

    @Test
    void textLongerThanOneWindowIsStillEmbedded() {
        String longText = "残差连接让梯度直接回传，缓解深层网络的退化问题。".repeat(40);

        float[] vector = Vectors.embed(batched, longText);

        assertThat(Vectors.cosine(vector, Vectors.embed(oneByOne, longText))).isGreaterThan(0.999);
    }
}
