package dev.mockinterview.api.report;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/** A Markdown document as a real CommonMark parser (with GitHub tables) reads it, for asserting its structure. */
record RenderedMarkdown(Node document) {

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    static RenderedMarkdown parse(String markdown) {
        return new RenderedMarkdown(PARSER.parse(markdown));
    }

    List<String> headings() {
        List<String> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(text(heading));
            }
        });
        return headings;
    }

    /** Whether anything a document of ours never contains showed up: raw HTML, code, rules, links. */
    boolean hasRawHtmlCodeOrRule() {
        List<Node> found = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof HtmlBlock
                    || node instanceof HtmlInline
                    || node instanceof FencedCodeBlock
                    || node instanceof IndentedCodeBlock
                    || node instanceof Code
                    || node instanceof ThematicBreak
                    || node instanceof Link
                    || node instanceof Image
                    || node instanceof LinkReferenceDefinition) {
                found.add(node);
            }
        });
        return !found.isEmpty();
    }

    /** The text of the block quote that follows the heading with this text. */
    String quoteAfter(String heading) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading && text(node).equals(heading)) {
                Node next = node.getNext();
                if (next instanceof BlockQuote quote) {
                    return blockText(quote);
                }
                throw new AssertionError("no block quote after heading " + heading);
            }
        }
        throw new AssertionError("no heading " + heading);
    }

    /** The rows of every table, each row as the text of its cells. */
    List<List<String>> tableRows() {
        List<List<String>> rows = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof TableRow row) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(text(cell));
                    }
                }
                rows.add(cells);
            }
        });
        return rows;
    }

    boolean hasTable() {
        List<Node> tables = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof TableBlock) {
                tables.add(node);
            }
        });
        return !tables.isEmpty();
    }

    /** Paragraphs separated by a blank line, line breaks as line breaks, no-break spaces as spaces. */
    static String blockText(Node block) {
        List<String> paragraphs = new ArrayList<>();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            paragraphs.add(
                    child instanceof Paragraph
                            ? text(child)
                            : "<" + child.getClass().getSimpleName() + ">");
        }
        return String.join("\n\n", paragraphs);
    }

    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        walk(node, child -> {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append(code.getLiteral());
            } else if (child instanceof HardLineBreak || child instanceof SoftLineBreak) {
                out.append('\n');
            }
        });
        return out.toString().replace('\u00a0', ' ');
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, visit);
        }
    }
}
