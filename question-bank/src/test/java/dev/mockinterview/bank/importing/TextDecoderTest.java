package dev.mockinterview.bank.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String TEXT = "一、基础篇\n\n1. 什么是大模型幻觉？\n模型生成看似合理但不真实的内容。\n";

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void decodesGb18030AndUtf8WithBomToTheSameLines() {
        byte[] gb18030 = TEXT.getBytes(Charset.forName("GB18030"));
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        SourceDocument fromGb = decoder.decode("gb.txt", gb18030);
        SourceDocument fromBom = decoder.decode("bom.txt", withBom);

        assertThat(fromGb.lines()).isEqualTo(fromBom.lines());
        assertThat(fromBom.line(1)).isEqualTo("一、基础篇");
        assertThat(fromGb.line(3)).isEqualTo("1. 什么是大模型幻觉？");
        assertThat(decoder.charsetOf(gb18030)).isEqualTo(Charset.forName("GB18030"));
        assertThat(decoder.charsetOf(withBom)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void keepsLineNumbersForEveryKindOfLineEnd() {
        SourceDocument document =
                decoder.decode("mixed.txt", "first\r\nsecond\rthird\n\nfifth".getBytes(StandardCharsets.UTF_8));

        assertThat(document.lines()).containsExactly("first", "second", "third", "", "fifth");
    }

    @Test
    void doesNotOpenAnEmptyLineAfterTheLastTerminator() {
        assertThat(decoder.decode("a.txt", "a\nb\n".getBytes(StandardCharsets.UTF_8))
                        .lineCount())
                .isEqualTo(2);
        assertThat(decoder.decode("a.txt", "a\nb\n\n".getBytes(StandardCharsets.UTF_8))
                        .lineCount())
                .isEqualTo(3);
    }
}
