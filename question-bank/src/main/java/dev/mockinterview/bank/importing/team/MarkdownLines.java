package dev.mockinterview.bank.importing.team;

import dev.mockinterview.bank.importing.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a Markdown document, each classified once: blank, text, ATX heading, numbered line at column 0, code
 * fence, or code inside a fence. What is inside a fence is never a heading (a {@code # comment} in Python is not).
 */
final class MarkdownLines {

    enum Kind {
        BLANK,
        TEXT,
        HEADING,
        NUMBERED,
        FENCE,
        CODE
    }

    /**
     * One classified line.
     *
     * @param level the heading level for a heading, the number for a numbered line, else 0
     * @param text the question text a heading or numbered line would give, else the stripped line
     */
    record Line(int number, Kind kind, int level, String text, String raw) {
        boolean readsAsQuestion() {
            return (kind == Kind.HEADING || kind == Kind.NUMBERED)
                    && QUESTION_LOOK.matcher(text).find();
        }
    }

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*$");
    private static final Pattern CLOSING_HASHES = Pattern.compile("(?:^|[ \\t]+)#+$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4})(?:[.)）][ \\t]+|、[ \\t]*)(\\S.*)$");
    /** A heading numbered by hand ({@code ### 3. What is ...}): the number is not part of the question. */
    private static final Pattern HEADING_NUMBER = Pattern.compile("^\\d{1,4}(?:[.)）][ \\t]+|、[ \\t]*)(?=\\S)");

    private static final Pattern CHECKLIST = Pattern.compile("^\\s*[-*+] \\[[ xX]?]");
    private static final Pattern EMPHASIS = Pattern.compile("^(\\*\\*|__)(.+)\\1$");
    private static final Pattern MARKUP = Pattern.compile("\\*\\*[^*]+\\*\\*|`[^`]+`|^\\s*[-*+] \\S|^\\s*>");
    private static final Pattern QUESTION_LOOK = Pattern.compile(
            "[?？]|什么|为什么|为何|如何|怎么|怎样|哪些|哪个|哪种|是否|吗|区别|异同|对比|比较|介绍|解释|说说|谈谈|讲讲|简述|描述"
                    + "|\\b(?:what|why|how|which|explain|describe|compare|difference|differ)\\b"
                    + "|^(?:is|are|does|do|can|should|could|would|will|when|where|who)\\b",
            Pattern.CASE_INSENSITIVE);

    private final List<Line> all;
    private final int unclosedFence;
    private final int checklistLines;
    private final boolean markup;

    private MarkdownLines(List<Line> all, int unclosedFence, int checklistLines, boolean markup) {
        this.all = List.copyOf(all);
        this.unclosedFence = unclosedFence;
        this.checklistLines = checklistLines;
        this.markup = markup;
    }

    static MarkdownLines scan(SourceDocument document) {
        List<Line> lines = new ArrayList<>();
        String fence = null;
        int fenceLine = 0;
        int checklist = 0;
        boolean markup = false;
        for (int number = 1; number <= document.lineCount(); number++) {
            String raw = document.line(number);
            if (number == 1 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            Matcher fenceMatch = FENCE.matcher(raw);
            if (fence != null) {
                boolean closes = fenceMatch.matches()
                        && fenceMatch.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatch.group(1).length() >= fence.length()
                        && fenceMatch.group(2).isBlank();
                lines.add(new Line(number, closes ? Kind.FENCE : Kind.CODE, 0, raw.strip(), raw));
                if (closes) {
                    fence = null;
                }
                continue;
            }
            if (fenceMatch.matches()) {
                fence = fenceMatch.group(1);
                fenceLine = number;
                markup = true;
                lines.add(new Line(number, Kind.FENCE, 0, raw.strip(), raw));
                continue;
            }
            checklist += CHECKLIST.matcher(raw).find() ? 1 : 0;
            markup |= MARKUP.matcher(raw).find();
            lines.add(classify(number, raw));
        }
        return new MarkdownLines(lines, fence == null ? 0 : fenceLine, checklist, markup);
    }

    private static Line classify(int number, String raw) {
        if (raw.isBlank()) {
            return new Line(number, Kind.BLANK, 0, "", raw);
        }
        Matcher heading = HEADING.matcher(raw);
        if (heading.matches()) {
            String text = heading.group(2) == null
                    ? ""
                    : CLOSING_HASHES.matcher(heading.group(2)).replaceAll("").strip();
            text = HEADING_NUMBER.matcher(unemphasised(text)).replaceFirst("");
            if (!text.isEmpty()) {
                return new Line(number, Kind.HEADING, heading.group(1).length(), text, raw);
            }
            return new Line(number, Kind.TEXT, 0, raw.strip(), raw);
        }
        // A whole line in bold ("**1. 什么是 LoRA?**") is numbered all the same.
        Matcher numbered = NUMBERED.matcher(unemphasised(raw.stripTrailing()));
        if (numbered.matches()) {
            String text = unemphasised(numbered.group(2).strip());
            if (!text.isEmpty()) {
                return new Line(number, Kind.NUMBERED, Integer.parseInt(numbered.group(1)), text, raw);
            }
        }
        return new Line(number, Kind.TEXT, 0, raw.strip(), raw);
    }

    private static String unemphasised(String text) {
        Matcher emphasis = EMPHASIS.matcher(text);
        return emphasis.matches() ? emphasis.group(2).strip() : text;
    }

    List<Line> all() {
        return all;
    }

    /** The line of a fence that is never closed, 0 when every fence closes. */
    int unclosedFence() {
        return unclosedFence;
    }

    int checklistLines() {
        return checklistLines;
    }

    /** Whether the document uses Markdown beyond numbered lines: fences, emphasis, inline code, bullets, quotes. */
    boolean hasMarkup() {
        return markup;
    }
}
