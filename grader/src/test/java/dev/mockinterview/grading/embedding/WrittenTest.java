package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenTest {

    @Test
    void showsNormalizedOffsetsAsTheRawTextWritesThem() {
        String raw = "推理时用 ＫＶ Cache 复用 Key";
        String normalized = TermExtractor.normalize(raw);
        int at = normalized.indexOf("kv cache");

        assertThat(Written.at(raw, normalized, at, at + "kv cache".length())).isEqualTo("ＫＶ Cache");
    }

    @Test
    void findsAPieceWhereTheRawTextSpellsIt() {
        assertThat(Written.find("微调时冻结 Embedding 层", "embedding")).isEqualTo("Embedding");
        assertThat(Written.find("ﬁne-tune 全部参数", "fine-tune")).isEqualTo("ﬁne-tune");
    }

    @Test
    void aReasonQuotesThePointAfterTheRubricAndTheAnswerElsewhere() {
        String reason = "参考答案说只「作用于 query 和 key」，回答却把「value」也算了进去";

        assertThat(Written.quotes(reason, "RoPE 只作用于 Query 和 Key", List.of("它把 Q、K 和 Value 都旋转了")))
                .isEqualTo("参考答案说只「作用于 Query 和 Key」，回答却把「Value」也算了进去");
        assertThat(Written.quotes("说的是「关闭 kv」，要点是「开启 kv」", "推理时开启 KV Cache", List.of("其实要关闭 Kv Cache")))
                .isEqualTo("说的是「关闭 Kv」，要点是「开启 KV」");
    }

    @Test
    void aPieceNoTextSpellsIsShownAsItIs() {
        assertThat(Written.find("只用 SGD", "adam")).isEqualTo("adam");
        assertThat(Written.find(List.of("只用 SGD", "Adam 和 SGD"), "adam")).isEqualTo("Adam");
    }
}
