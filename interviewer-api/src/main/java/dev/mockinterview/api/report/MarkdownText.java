package dev.mockinterview.api.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts text written by someone else (a candidate's answer, a grader's feedback, a bank reference) into a Markdown
 * document so that it reads as the same text and cannot change the document's structure: no heading, list, table,
 * code block, HTML or link can start inside it, and a table cell cannot be split by it.
 */
final class MarkdownText {

    /** Characters that mean something wherever they stand; CommonMark lets any ASCII punctuation be escaped. */
    private static final String ALWAYS = "\\`*_[]<>|~$&#";
    /** Characters that start a list, a thematic break or a setext underline at the start of a line. */
    private static final String AT_LINE_START = "-+=";

    private static final Pattern ORDERED_LIST = Pattern.compile("^\\d{1,9}[.)]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final Pattern BREAKS_WITH_SPACE = Pattern.compile("\\s*(\\r\\n|\\r|\\n)\\s*");

    private MarkdownText() {}

    /** The text on one line, for a list item or a table cell: line breaks become spaces. */
    static String inline(String text) {
        String oneLine = BREAKS_WITH_SPACE.matcher(text.strip()).replaceAll(" ");
        return oneLine.isEmpty() ? "—" : escape(oneLine);
    }

    /** The text as a block quote, keeping its line breaks, its paragraphs and the indentation of its lines. */
    static String quote(String text) {
        return block(text, "> ", ">");
    }

    /** The text as plain paragraphs, keeping its line breaks. */
    static String paragraphs(String text) {
        return block(text, "", "");
    }

    private static String block(String text, String prefix, String blankLine) {
        List<String> lines = new ArrayList<>(List.of(LINE_BREAK.split(text, -1)));
        lines.replaceAll(String::stripTrailing);
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            return prefix + "—\n";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                if (!lines.get(i - 1).isEmpty()) {
                    out.append(blankLine).append('\n');
                }
                continue;
            }
            out.append(prefix).append(indentation(line)).append(escape(line.stripLeading()));
            boolean continues = i + 1 < lines.size() && !lines.get(i + 1).isEmpty();
            // A backslash at the end of a line is a hard line break: the text keeps its lines.
            out.append(continues ? "\\\n" : "\n");
        }
        return out.toString();
    }

    /** Leading blanks as no-break spaces: kept on screen, and never an indented code block. */
    private static String indentation(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length() && Character.isWhitespace(line.charAt(i)); i++) {
            out.append(line.charAt(i) == '\t' ? "&nbsp;&nbsp;&nbsp;&nbsp;" : "&nbsp;");
        }
        return out.toString();
    }

    private static String escape(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int start = 0;
        if (AT_LINE_START.indexOf(line.charAt(0)) >= 0) {
            out.append('\\').append(line.charAt(0));
            start = 1;
        } else {
            var ordered = ORDERED_LIST.matcher(line);
            if (ordered.find()) {
                out.append(line, 0, ordered.end() - 1).append('\\').append(line.charAt(ordered.end() - 1));
                start = ordered.end();
            }
        }
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (ALWAYS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
