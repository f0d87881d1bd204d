package dev.mockinterview.bank.importing;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds page noise by the anchors that web exports of interview notes share: the "related articles" list, the
 * re-post disclaimer, the course advert and the copyright line end the body; breadcrumbs, image placeholders and
 * checkbox or wiki-link tables of contents are single noise lines. Rules, not line numbers, so new documents of the
 * same kind are cut too.
 */
public final class NoiseCutter {

    private static final Pattern TAIL_ANCHOR =
            Pattern.compile("^(相关(文章|阅读|推荐)[:：]?|本文来自互联网用户投稿.*|如何学习AI大模型.*|版权声明.*)$");
    private static final Pattern IMAGE_PLACEHOLDER = Pattern.compile("^在这里插入图片描述$");
    private static final Pattern BREADCRUMB = Pattern.compile("^(当前位置|您的位置)\\s*[:：].*>.*$");
    private static final Pattern CHECKBOX_TOC = Pattern.compile("^\\s*- \\[[xX ]?\\]\\s.*$");
    private static final Pattern WIKI_LINK_TOC = Pattern.compile("^\\s*- \\[\\[#.*$");

    /** Where the body ends, and why. */
    public record Cut(int lastBodyLine, String anchor) {}

    /**
     * The last line of the body: the line before the first tail anchor, moved up past image placeholders and blank
     * lines that lead into it. Empty when the document has no tail noise.
     */
    public Optional<Cut> tail(SourceDocument document) {
        for (int n = 1; n <= document.lineCount(); n++) {
            String text = document.line(n).strip();
            if (TAIL_ANCHOR.matcher(text).matches()) {
                int last = n - 1;
                while (last >= 1
                        && (document.line(last).isBlank()
                                || IMAGE_PLACEHOLDER
                                        .matcher(document.line(last).strip())
                                        .matches())) {
                    last--;
                }
                return Optional.of(new Cut(last, text));
            }
        }
        return Optional.empty();
    }

    /** The last body line, or the last line of the document when there is no tail noise. */
    public int lastBodyLine(SourceDocument document) {
        return tail(document).map(Cut::lastBodyLine).orElse(document.lineCount());
    }

    /** A line that is page chrome wherever it appears. */
    public boolean isNoiseLine(String line) {
        String text = line.strip();
        return IMAGE_PLACEHOLDER.matcher(text).matches()
                || BREADCRUMB.matcher(text).matches()
                || CHECKBOX_TOC.matcher(line).matches()
                || WIKI_LINK_TOC.matcher(line).matches();
    }

    public boolean isChecklistLine(String line) {
        return CHECKBOX_TOC.matcher(line).matches();
    }

    public boolean isWikiLinkLine(String line) {
        return WIKI_LINK_TOC.matcher(line).matches();
    }
}
