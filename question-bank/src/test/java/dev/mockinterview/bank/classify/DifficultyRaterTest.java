package dev.mockinterview.bank.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DifficultyRaterTest {

    private final DifficultyRater rater = new DifficultyRater();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "什么是 LoRA？|1",
                "目前主流的开源模型体系有哪些?|1",
                "RAG 的流程是怎样的？|1",
                "模型幻觉是什么？业内解决方案是什么？|1",
                "PPO 与 DPO 的区别|2",
                "数据并行、张量并行、流水线并行的原理及区别？|2",
                "如何缓解 LLMs 复读机问题？|2",
                "为什么会出现 LLMs 复读机问题?|2",
                "掩码多头自注意力机制的掩码是什么意思？|2",
                "vLLM 的推理加速是怎么实现的？|3",
                "Self-attention 的公式及参数量？为什么用多头？|3",
                "推导一下 旋转位置编码 RoPE ？|3",
                "如何让大模型处理更长的文本？|3",
            })
    void ratesByWording(String question, int expected) {
        assertThat(rater.rate(question)).isEqualTo(expected);
    }

    @Test
    void agreesWithMostOfTheCorpusNotesFixtures() throws IOException {
        JsonNode fixtures = new ObjectMapper().readTree(getClass().getResourceAsStream("/rubric/fixtures.json"));
        int agree = 0;
        for (JsonNode fixture : fixtures) {
            int rated = rater.rate(fixture.get("question").asText());
            if (rated == fixture.get("difficulty").asInt()) {
                agree++;
            } else {
                System.out.println("difficulty differs from fixture: "
                        + fixture.get("question").asText() + " rated " + rated + ", fixture "
                        + fixture.get("difficulty").asInt());
            }
        }
        System.out.println("difficulty agreement with the 15 fixtures: " + agree + "/15");
        assertThat(agree).isGreaterThanOrEqualTo(12);
    }
}
