package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The names that fix what a clause speaks of, read by {@link ClauseSubject}. */
class ClauseSubjectTest {

    @Test
    void namesWithADigitAndModelSizesThatNameAModelAreNames() {
        assertThat(ClauseSubject.names("mistral-7b 在 a10 上推理", Map.of())).contains("mistral-7b", "7b", "a10");
        assertThat(ClauseSubject.names("34b 模型需要更多显存", Map.of())).contains("34b");
    }

    @Test
    void aSizeThatIsAValueNamesNothing() {
        assertThat(ClauseSubject.names("训练数据一共有 15b token", Map.of())).doesNotContain("15b");
    }

    @Test
    void aRangeOfScaledNumbersNamesNothing() {
        assertThat(ClauseSubject.names("显存够的话可以选 30b-34b 参数的模型", Map.of())).doesNotContain("34b", "b-34b");
        assertThat(ClauseSubject.names("检索时上下文拼到 2k-6k token", Map.of())).isEmpty();
        assertThat(ClauseSubject.names("qwen-14b 在单卡上也能跑", Map.of())).contains("qwen-14b", "14b");
    }

    @Test
    void aClauseLeadsWithTheEnglishNameItOpensWith() {
        assertThat(ClauseSubject.lead("而 mixtral 每层有 8 个专家")).isEqualTo("mixtral");
        assertThat(ClauseSubject.lead("gb 级别的显存")).isEmpty();
        assertThat(ClauseSubject.lead("它的专家数是 8")).isEmpty();
    }
}
