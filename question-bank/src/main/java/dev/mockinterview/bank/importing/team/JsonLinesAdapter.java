package dev.mockinterview.bank.importing.team;

import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.importing.FormatAdapter;
import dev.mockinterview.bank.importing.ImportFailure;
import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.LineRange;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.importing.Problems;
import dev.mockinterview.bank.importing.SourceDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines in the bank's own schema ({@link QuestionJson}): one question object per line. Blank lines and lines
 * starting with {@code //} are skipped. Each accepted line keeps its original text in the {@link
 * EntryAttributes#JSONL} attribute, so the bank takes the question back as it was written.
 */
public final class JsonLinesAdapter implements FormatAdapter {

    public static final String FORMAT = "jsonl";

    /** Enough lines to tell the format; a signature never reads a whole large file. */
    private static final int SIGNATURE_LINES = 50;

    private final QuestionJson json = new QuestionJson();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public double signature(SourceDocument document) {
        int content = 0;
        int objects = 0;
        for (int number = 1; number <= document.lineCount() && content < SIGNATURE_LINES; number++) {
            String line = document.line(number).strip();
            if (skipped(line)) {
                continue;
            }
            content++;
            if (line.startsWith("{")
                    && line.endsWith("}")
                    && json.read(line, document.name(), number) instanceof QuestionJson.Accepted) {
                objects++;
            } else if (line.startsWith("{") && line.contains("\"question\"")) {
                // A broken line of a JSON Lines file is still a JSON Lines file: it should be reported, not
                // handed to another adapter.
                objects++;
            }
        }
        return content == 0 ? 0.0 : 0.97 * objects / content;
    }

    @Override
    public ImportResult parse(SourceDocument document) {
        List<ParsedEntry> entries = new ArrayList<>();
        Problems problems = new Problems(document.name());
        for (int number = 1; number <= document.lineCount(); number++) {
            String line = document.line(number);
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (skipped(line.strip())) {
                continue;
            }
            QuestionJson.Reading reading = json.read(line, document.name(), number);
            if (reading instanceof QuestionJson.Accepted accepted) {
                entries.add(entry(document.name(), number, line, accepted.question()));
                for (QuestionJson.Doubt doubt : accepted.doubts()) {
                    problems.doubt(number, doubt.failure(), doubt.reason());
                }
            } else {
                problems.reject(number, ImportFailure.MALFORMED_ENTRY, ((QuestionJson.Refused) reading).reason());
            }
        }
        return new ImportResult(document.name(), FORMAT, entries, problems.list());
    }

    private static boolean skipped(String stripped) {
        return stripped.isEmpty() || stripped.startsWith("//");
    }

    private static ParsedEntry entry(String document, int number, String line, Question question) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(EntryAttributes.JSONL, line);
        attributes.put(EntryAttributes.ID, question.id());
        attributes.put(EntryAttributes.TOPIC, question.topic());
        attributes.put(EntryAttributes.DIFFICULTY, Integer.toString(question.difficulty()));
        attributes.put(EntryAttributes.QUALITY, question.quality().status().wireName());
        if (!question.keyPoints().isEmpty()) {
            attributes.put(EntryAttributes.KEY_POINTS, String.join("\n", question.keyPointTexts()));
        }
        boolean answered = !question.referenceAnswer().isBlank();
        return new ParsedEntry(
                document,
                number,
                null,
                question.question(),
                answered ? List.of(new LineRange(number, number)) : List.of(),
                question.referenceAnswer(),
                null,
                attributes);
    }
}
