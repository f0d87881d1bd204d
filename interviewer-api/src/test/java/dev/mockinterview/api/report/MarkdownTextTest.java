package dev.mockinterview.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text from elsewhere reads the same after it is put in a Markdown document, and never changes its structure. */
class MarkdownTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "# 标题",
                "### 三级标题 ###",
                "| a | b |\n| --- | --- |\n| c | d |",
                "```\ncode\n```",
                "~~~\ncode\n~~~",
                "</details>\n<details><summary>x</summary>",
                "<!-- comment -->",
                "---",
                "***",
                "___",
                "第一行\n===",
                "第一行\n---",
                "- item\n+ item\n* item",
                "1. one\n2) two",
                "> quoted",
                "    indented code",
                "\tindented with a tab",
                "[ref]: http://example.com\n[ref]",
                "![image](x.png) [link](http://example.com) <http://example.com>",
                "*em* _em_ **strong** ~~struck~~ `code` $x^2$",
                "a\\\nb \\ c \\\\",
                "&amp; &lt;tag&gt; &#35;",
                "第一段\n\n第二段\n第二段第二行",
                "LoRA 的秩 r 远小于 d：W = W0 + BA，其中 B∈R^{d×r}。"
            })
    void aQuotedTextReadsTheSameAndStaysOneQuote(String text) {
        RenderedMarkdown document = RenderedMarkdown.parse("## 回答\n\n" + MarkdownText.quote(text) + "\n## 之后\n");

        assertThat(document.headings()).containsExactly("回答", "之后");
        assertThat(document.hasRawHtmlCodeOrRule()).isFalse();
        assertThat(document.quoteAfter("回答")).isEqualTo(expectedQuote(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a | b", "a \\| b", "`|`", "x\ny | z", "# not a heading", "---", "<b>|</b>"})
    void inlineTextStaysInItsTableCell(String text) {
        String table = "| 要点 | 依据 |\n| --- | --- |\n| " + MarkdownText.inline(text) + " | 后面 |\n";

        RenderedMarkdown document = RenderedMarkdown.parse(table);

        assertThat(document.tableRows()).containsExactly(List.of("要点", "依据"), List.of(text.replace("\n", " "), "后面"));
        assertThat(document.hasRawHtmlCodeOrRule()).isFalse();
    }

    /** What a reader sees: the lines kept, trailing blanks dropped, runs of blank lines one paragraph break. */
    private static String expectedQuote(String text) {
        return String.join(
                        "\n",
                        text.replace("\t", "    ")
                                .lines()
                                .map(String::stripTrailing)
                                .toList())
                .replaceAll("\n{2,}", "\n\n");
    }
}
