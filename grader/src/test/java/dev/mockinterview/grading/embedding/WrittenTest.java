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
    void aPieceNoTextSpellsIsShownAsItIs() {
        assertThat(Written.find("只用 SGD", "adam")).isEqualTo("adam");
        assertThat(Written.find(List.of("只用 SGD", "Adam 和 SGD"), "adam")).isEqualTo("Adam");
    }
}
