package dev.mockinterview.bank.importing.corpus;

import dev.mockinterview.bank.importing.AnswerText;
import dev.mockinterview.bank.importing.FormatAdapter;
import dev.mockinterview.bank.importing.ImportFailure;
import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.LineRange;
import dev.mockinterview.bank.importing.NoiseCutter;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.importing.Problems;
import dev.mockinterview.bank.importing.SourceDocument;
import dev.mockinterview.bank.importing.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet exported as TSV without quoting, so an answer cell spans many lines. A row starts at
 * {@code N<TAB>question}; it ends at the first line that carries the trailing empty columns again (more than 20
 * fields), whose next non-empty field is the {@code 列1} grading note. A stock TSV reader sees hundreds of rows here.
 */
public final class UnquotedSheetAdapter implements FormatAdapter {

    public static final String FORMAT = "unquoted-sheet";

    private static final Pattern ROW_START = Pattern.compile("^(\\d{1,4})\\t([^\\t]*)(\\t.*)?$");
    private static final Pattern URL_ONLY = Pattern.compile("^https?://\\S+$");
    /** The export pads the last line of a row with the sheet's empty columns; no text line has this many tabs. */
    private static final int ROW_END_MIN_FIELDS = 21;

    private final TextNormalizer normalizer;
    private final AnswerText answers;
    private final AnswerOverrides overrides;

    public UnquotedSheetAdapter() {
        this(new TextNormalizer(), new NoiseCutter(), AnswerOverrides.bundled());
    }

    public UnquotedSheetAdapter(TextNormalizer normalizer, NoiseCutter noise, AnswerOverrides overrides) {
        this.normalizer = normalizer;
        this.answers = new AnswerText(normalizer, noise);
        this.overrides = overrides;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public double signature(SourceDocument document) {
        int header = headerLine(document);
        if (header == 0) {
            return 0;
        }
        return document.line(1).equals("---") ? 0.95 : 0.85;
    }

    /** The header row: the first line in the first 20 that names both a question and an answer column. */
    private static int headerLine(SourceDocument document) {
        for (int n = 1; n <= Math.min(20, document.lineCount()); n++) {
            String line = document.line(n);
            if (line.contains("\t") && line.contains("问题") && line.contains("答案")) {
                return n;
            }
        }
        return 0;
    }

    private static Map<String, String> frontMatter(SourceDocument document) {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (document.lineCount() == 0 || !document.line(1).strip().equals("---")) {
            return metadata;
        }
        for (int n = 2; n <= document.lineCount(); n++) {
            String line = document.line(n).strip();
            if (line.equals("---")) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && colon < line.length() - 1) {
                metadata.put(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip());
            }
        }
        return metadata;
    }

    private record Row(
            int start,
            int end,
            int number,
            String question,
            List<String> cells,
            @Nullable String note) {}

    @Override
    public ImportResult parse(SourceDocument document) {
        Problems problems = new Problems(document.name());
        int header = headerLine(document);
        if (header == 0) {
            problems.reject(1, ImportFailure.MALFORMED_ENTRY, "no header row with 问题 and 答案 columns");
            return new ImportResult(document.name(), FORMAT, List.of(), problems.list());
        }
        Map<String, String> metadata = frontMatter(document);
        List<Row> rows = readRows(document, header, problems);
        List<ParsedEntry> entries = new ArrayList<>();
        int previousNumber = 0;
        for (Row row : rows) {
            if (row.number() != previousNumber + 1) {
                problems.doubt(
                        row.start(),
                        ImportFailure.MALFORMED_ENTRY,
                        "row number " + row.number() + " does not follow " + previousNumber);
            }
            previousNumber = row.number();
            entries.add(toEntry(document, row, metadata, problems));
        }
        if (entries.isEmpty()) {
            problems.reject(header, ImportFailure.MALFORMED_ENTRY, "header row but no data row (N<TAB>question)");
        }
        return new ImportResult(document.name(), FORMAT, entries, problems.list());
    }

    private List<Row> readRows(SourceDocument document, int header, Problems problems) {
        List<Row> rows = new ArrayList<>();
        int n = header + 1;
        while (n <= document.lineCount()) {
            String line = document.line(n);
            var start = ROW_START.matcher(line);
            if (!start.matches()) {
                if (!line.replace("\t", "").isBlank()) {
                    problems.reject(
                            n, ImportFailure.MALFORMED_ENTRY, "text outside any row (no N<TAB>question before it)");
                }
                n++;
                continue;
            }
            List<String> cells = new ArrayList<>();
            @Nullable String note = null;
            int end = -1;
            String[] startFields = line.split("\t", -1);
            if (startFields.length >= ROW_END_MIN_FIELDS) {
                end = n;
                cells.add(startFields.length > 2 ? startFields[2] : "");
                note = firstNonEmpty(startFields, 3);
            } else if (start.group(3) != null) {
                cells.add(start.group(3).substring(1));
            }
            int m = n + 1;
            while (end < 0 && m <= document.lineCount()) {
                String next = document.line(m);
                if (ROW_START.matcher(next).matches() && next.split("\t", -1).length < ROW_END_MIN_FIELDS) {
                    break;
                }
                String content = next.startsWith("\t") ? next.substring(1) : next;
                String[] fields = content.split("\t", -1);
                if (next.split("\t", -1).length >= ROW_END_MIN_FIELDS) {
                    cells.add(fields[0]);
                    note = firstNonEmpty(fields, 1);
                    end = m;
                } else {
                    cells.add(content);
                    m++;
                }
            }
            if (end < 0) {
                problems.reject(
                        n,
                        ImportFailure.MALFORMED_ENTRY,
                        "row " + start.group(1) + " never ends (no line with the trailing empty columns before "
                                + (m > document.lineCount() ? "the end of the file" : "line " + m) + ")");
                n = m;
                continue;
            }
            rows.add(new Row(n, end, Integer.parseInt(start.group(1)), start.group(2), cells, note));
            n = end + 1;
        }
        return rows;
    }

    private static @Nullable String firstNonEmpty(String[] fields, int from) {
        for (int i = from; i < fields.length; i++) {
            if (!fields[i].isBlank()) {
                return fields[i].strip();
            }
        }
        return null;
    }

    private ParsedEntry toEntry(SourceDocument document, Row row, Map<String, String> metadata, Problems problems) {
        String question = normalizer.clean(row.question()).strip();
        String answer = answers.cleanLines(row.cells());
        Map<String, String> attributes = new HashMap<>();
        attributes.put("number", String.valueOf(row.number()));
        metadata.forEach((key, value) -> attributes.put("document." + key, value));
        List<LineRange> ranges = List.of(new LineRange(row.start(), row.end()));
        String rawAnswer = String.join("\n", row.cells()).strip();
        List<String> doubts = new ArrayList<>();
        ImportFailure failure = ImportFailure.DOUBTFUL_ENTRY;
        if (URL_ONLY.matcher(rawAnswer).matches()) {
            attributes.put("answerUrl", rawAnswer);
            doubts.add("row " + row.number() + " answer is only a link");
            failure = ImportFailure.MISSING_ANSWER;
            answer = "";
            ranges = List.of();
        } else if (answer.isBlank()) {
            doubts.add("row " + row.number() + " has no answer");
            failure = ImportFailure.MISSING_ANSWER;
            answer = "";
            ranges = List.of();
        }
        String rawLine = document.line(row.start());
        for (AnswerOverrides.Override override : overrides.find(document.name(), row.start())) {
            if (!override.matches(rawLine)) {
                problems.reject(
                        row.start(),
                        ImportFailure.OVERRIDE_STALE,
                        "override '" + override.reason() + "' was written for another text of this line");
            } else if (override.kind() == AnswerOverrides.Kind.MISALIGNED) {
                attributes.put("answerBelongsTo", override.value());
                doubts.add(override.reason());
            }
        }
        if (!doubts.isEmpty()) {
            problems.doubt(row.start(), failure, String.join("; ", doubts));
        }
        return new ParsedEntry(
                document.name(),
                row.start(),
                null,
                question,
                ranges,
                answer,
                row.note() == null ? null : normalizer.clean(row.note()).strip(),
                attributes);
    }
}
