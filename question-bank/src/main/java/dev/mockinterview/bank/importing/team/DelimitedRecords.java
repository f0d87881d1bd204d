package dev.mockinterview.bank.importing.team;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the lines of a delimited file into records by RFC 4180: a field in double quotes may hold delimiters,
 * doubled quotes and line breaks; a quote inside an unquoted field is an ordinary character. Spaces before an
 * opening quote and after a closing one are tolerated, because hand-written files have them. Blank lines between
 * records are skipped.
 *
 * <p>A record that cannot be read becomes a {@link Broken} row and reading goes on: after a quote that is never
 * closed (the file ends, or the quote "closes" on a later line in front of ordinary text) at the line after the one
 * where that quote opened, so the records below it are still read; after text behind a closing quote on the same
 * line, at the next line.
 */
final class DelimitedRecords {

    /** What reading a quoted field gives: the field, or the row it broke. */
    private sealed interface Quoted permits Field, Broken {}

    /** A field's text and the physical lines (1-based) it covers. */
    record Field(String text, int firstLine, int lastLine) implements Quoted {}

    sealed interface Row permits Record, Broken {
        /** The 1-based physical line where the row starts. */
        int line();
    }

    record Record(int line, List<Field> fields) implements Row {
        Record {
            fields = List.copyOf(fields);
        }

        boolean blank() {
            return fields.stream().allMatch(field -> field.text().isBlank());
        }
    }

    record Broken(int line, String reason) implements Row, Quoted {}

    private final List<String> lines;
    private final char delimiter;
    private int index;
    private int position;

    private DelimitedRecords(List<String> lines, char delimiter) {
        this.lines = lines;
        this.delimiter = delimiter;
    }

    static List<Row> read(List<String> lines, char delimiter) {
        return new DelimitedRecords(lines, delimiter).rows();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        index = 0;
        while (index < lines.size()) {
            if (line(index).isBlank()) {
                index++;
                continue;
            }
            rows.add(record());
        }
        return rows;
    }

    /** Reads one record starting at column 0 of line {@link #index}, leaving {@link #index} on the next record. */
    private Row record() {
        int start = index;
        position = 0;
        List<Field> fields = new ArrayList<>();
        while (true) {
            String line = line(index);
            int opening = skipSpaces(line, position);
            Field field;
            if (opening < line.length() && line.charAt(opening) == '"') {
                int quoteLine = index;
                position = opening + 1;
                Quoted quoted = quoted(quoteLine);
                if (quoted instanceof Broken broken) {
                    return broken;
                }
                field = (Field) quoted;
            } else {
                int end = line.indexOf(delimiter, position);
                int stop = end < 0 ? line.length() : end;
                field = new Field(line.substring(position, stop), index + 1, index + 1);
                position = stop;
            }
            fields.add(field);
            line = line(index);
            if (position >= line.length()) {
                index++;
                return new Record(start + 1, fields);
            }
            // position is on a delimiter: the next field starts behind it, even at the end of the line.
            position++;
        }
    }

    /** Reads a quoted field whose opening quote was just passed; returns a {@link Field} or a {@link Broken}. */
    private Quoted quoted(int quoteLine) {
        StringBuilder text = new StringBuilder();
        while (true) {
            String line = line(index);
            if (position >= line.length()) {
                if (index + 1 >= lines.size()) {
                    return unterminated(quoteLine);
                }
                text.append('\n');
                index++;
                position = 0;
                continue;
            }
            char c = line.charAt(position);
            if (c != '"') {
                text.append(c);
                position++;
                continue;
            }
            if (position + 1 < line.length() && line.charAt(position + 1) == '"') {
                text.append('"');
                position += 2;
                continue;
            }
            int after = skipSpaces(line, position + 1);
            if (after >= line.length() || line.charAt(after) == delimiter) {
                position = after;
                return new Field(text.toString(), quoteLine + 1, index + 1);
            }
            if (index > quoteLine) {
                return unterminated(quoteLine);
            }
            index++;
            return new Broken(
                    quoteLine + 1,
                    "text after the closing quote of a field (a quote inside a quoted field must be doubled: \"\")");
        }
    }

    private Broken unterminated(int quoteLine) {
        index = quoteLine + 1;
        return new Broken(quoteLine + 1, "quote opened on this line is never closed; record skipped");
    }

    private int skipSpaces(String line, int from) {
        int at = from;
        while (at < line.length() && line.charAt(at) == ' ' && delimiter != ' ') {
            at++;
        }
        return at;
    }

    private String line(int at) {
        String line = lines.get(at);
        if (at == 0 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
