package dev.mockinterview.bank.importing.team;

import dev.mockinterview.bank.importing.FormatAdapter;
import dev.mockinterview.bank.importing.ImportFailure;
import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.LineRange;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.importing.Problems;
import dev.mockinterview.bank.importing.SourceDocument;
import dev.mockinterview.bank.importing.team.DelimitedRecords.Broken;
import dev.mockinterview.bank.importing.team.DelimitedRecords.Field;
import dev.mockinterview.bank.importing.team.DelimitedRecords.Record;
import dev.mockinterview.bank.importing.team.DelimitedRecords.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet saved as CSV or TSV with RFC 4180 quoting ({@link DelimitedRecords}) and a header row naming the
 * columns; other columns are ignored. Every problem is reported at the physical line where its record starts.
 *
 * <p>Rules: a record with fewer fields than the header, or with more that are not blank (spreadsheets pad rows with
 * empty cells), is rejected; a record without question text is rejected unless the whole record is blank; a
 * difficulty other than 1, 2 or 3 rejects its record; a question without an answer is imported unanswered and
 * reported as doubtful. Key points are split on {@code |} and line breaks.
 */
public final class DelimitedAdapter implements FormatAdapter {

    enum Column {
        QUESTION("question", "问题", "题目"),
        ANSWER("answer", "答案", "reference", "referenceanswer", "参考答案"),
        TOPIC("topic", "主题"),
        DIFFICULTY("difficulty", "难度"),
        NOTE("note", "notes", "备注", "列1"),
        KEY_POINTS("keypoints", "要点");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        static Optional<Column> named(String header) {
            String name = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
            return Arrays.stream(values()).filter(c -> c.names.contains(name)).findFirst();
        }
    }

    private static final Set<String> ROW_NUMBER_COLUMNS = Set.of("序号", "编号", "no", "no.", "#", "index", "id");

    private static final Pattern KEY_POINT_SEPARATOR = Pattern.compile("[|\\n]");

    private final String format;
    private final char delimiter;

    private DelimitedAdapter(String format, char delimiter) {
        this.format = format;
        this.delimiter = delimiter;
    }

    public static DelimitedAdapter csv() {
        return new DelimitedAdapter("csv", ',');
    }

    public static DelimitedAdapter tsv() {
        return new DelimitedAdapter("tsv", '\t');
    }

    @Override
    public String format() {
        return format;
    }

    /**
     * Sure of a file whose first line is a header naming a question column, with broken records or without. The one
     * layout this could be mistaken for is the corpus sheet with unquoted multi-line cells ({@code 序号 问题 答案},
     * after YAML front matter): it opens with front matter (then this is 0), and its rows start with a row number, so
     * when the first column numbers the rows the score follows the share of well-formed records instead, which is
     * low for unquoted multi-line cells.
     */
    @Override
    public double signature(SourceDocument document) {
        Optional<String> first =
                document.lines().stream().filter(line -> !line.isBlank()).findFirst();
        if (first.isEmpty() || first.get().strip().equals("---") || first.get().indexOf(delimiter) < 0) {
            return 0.0;
        }
        List<Row> rows = DelimitedRecords.read(document.lines(), delimiter);
        if (!(rows.get(0) instanceof Record header) || !header(header).containsKey(Column.QUESTION)) {
            return 0.05;
        }
        int question = header(header).get(Column.QUESTION);
        int data = 0;
        int wellFormed = 0;
        for (Row row : rows.subList(1, rows.size())) {
            if (row instanceof Record record && record.blank()) {
                continue;
            }
            data++;
            if (row instanceof Record record
                    && fieldCountProblem(record, header.fields().size()) == null
                    && !record.fields().get(question).text().isBlank()) {
                wellFormed++;
            }
        }
        double share = data == 0 ? 1.0 : (double) wellFormed / data;
        return numbersRows(header) ? 0.3 + 0.65 * share : 0.88 + 0.09 * share;
    }

    private static boolean numbersRows(Record header) {
        String first = header.fields().get(0).text().strip().toLowerCase(Locale.ROOT);
        return ROW_NUMBER_COLUMNS.contains(first);
    }

    @Override
    public ImportResult parse(SourceDocument document) {
        String name = document.name();
        List<ParsedEntry> entries = new ArrayList<>();
        Problems problems = new Problems(name);
        List<Row> rows = DelimitedRecords.read(document.lines(), delimiter);
        if (rows.isEmpty()) {
            problems.reject(1, ImportFailure.MALFORMED_ENTRY, "empty file: no header row");
            return new ImportResult(name, format, entries, problems.list());
        }
        if (rows.get(0) instanceof Broken broken) {
            problems.reject(
                    broken.line(), ImportFailure.MALFORMED_ENTRY, "header row cannot be read: " + broken.reason());
            return new ImportResult(name, format, entries, problems.list());
        }
        Record header = (Record) rows.get(0);
        Map<Column, Integer> columns = header(header);
        if (!columns.containsKey(Column.QUESTION)) {
            String found = header.fields().stream().map(Field::text).collect(Collectors.joining(", "));
            problems.reject(
                    header.line(),
                    ImportFailure.MALFORMED_ENTRY,
                    "header has no question column (question or 问题); found: " + found);
            return new ImportResult(name, format, entries, problems.list());
        }
        if (!columns.containsKey(Column.ANSWER)) {
            problems.doubt(
                    header.line(),
                    ImportFailure.MISSING_ANSWER,
                    "header has no answer column (answer, 答案 or reference): every question is imported unanswered");
        }
        for (Row row : rows.subList(1, rows.size())) {
            if (row instanceof Broken broken) {
                problems.reject(broken.line(), ImportFailure.MALFORMED_ENTRY, broken.reason());
            } else if (row instanceof Record record && !record.blank()) {
                read(name, record, header.fields().size(), columns, entries, problems);
            }
        }
        return new ImportResult(name, format, entries, problems.list());
    }

    private void read(
            String name,
            Record record,
            int width,
            Map<Column, Integer> columns,
            List<ParsedEntry> entries,
            Problems problems) {
        String countProblem = fieldCountProblem(record, width);
        if (countProblem != null) {
            problems.reject(record.line(), ImportFailure.MALFORMED_ENTRY, countProblem);
            return;
        }
        String question = text(record, columns, Column.QUESTION);
        if (question.isEmpty()) {
            problems.reject(record.line(), ImportFailure.MALFORMED_ENTRY, "record has no question text");
            return;
        }
        Map<String, String> attributes = new HashMap<>();
        String difficulty = text(record, columns, Column.DIFFICULTY);
        if (!difficulty.isEmpty()) {
            if (!difficulty.matches("[123]")) {
                problems.reject(
                        record.line(),
                        ImportFailure.MALFORMED_ENTRY,
                        "difficulty must be 1, 2 or 3, got \"" + difficulty + "\"");
                return;
            }
            attributes.put(EntryAttributes.DIFFICULTY, difficulty);
        }
        String topic = text(record, columns, Column.TOPIC);
        if (!topic.isEmpty()) {
            attributes.put(EntryAttributes.TOPIC, topic);
        }
        String keyPoints = KEY_POINT_SEPARATOR
                .splitAsStream(text(record, columns, Column.KEY_POINTS))
                .map(String::strip)
                .filter(point -> !point.isEmpty())
                .collect(Collectors.joining("\n"));
        if (!keyPoints.isEmpty()) {
            attributes.put(EntryAttributes.KEY_POINTS, keyPoints);
        }
        String answer = text(record, columns, Column.ANSWER);
        List<LineRange> answerLines = List.of();
        if (answer.isEmpty()) {
            problems.doubt(record.line(), ImportFailure.MISSING_ANSWER, "question has no answer; imported unanswered");
        } else {
            Field field = record.fields().get(columns.get(Column.ANSWER));
            answerLines = List.of(new LineRange(field.firstLine(), field.lastLine()));
        }
        String note = text(record, columns, Column.NOTE);
        entries.add(new ParsedEntry(
                name, record.line(), null, question, answerLines, answer, note.isEmpty() ? null : note, attributes));
    }

    private static Map<Column, Integer> header(Record header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.fields().size(); i++) {
            int at = i;
            Column.named(header.fields().get(i).text()).ifPresent(column -> columns.putIfAbsent(column, at));
        }
        return columns;
    }

    private static @Nullable String fieldCountProblem(Record record, int width) {
        List<Field> fields = record.fields();
        boolean padded = fields.size() > width
                && fields.subList(width, fields.size()).stream()
                        .allMatch(f -> f.text().isBlank());
        if (fields.size() == width || padded) {
            return null;
        }
        return "expected " + width + " fields as in the header, found " + fields.size();
    }

    private static String text(Record record, Map<Column, Integer> columns, Column column) {
        Integer at = columns.get(column);
        return at == null ? "" : record.fields().get(at).text().strip();
    }
}
