package dev.mockinterview.bank.build;

import dev.mockinterview.bank.importing.LineRange;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.importing.SourceDocument;
import dev.mockinterview.bank.review.ReviewEntry;
import dev.mockinterview.bank.review.ReviewIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Entries of the bundled corpus read by the review file's boundaries (question line and answer line ranges, the
 * relocated bodies included) instead of by the format adapters. It cleans only what the boundaries leave: the TSV
 * row-start cells and notes column, and answers that begin on the question's own line.
 */
public final class ReviewedCorpus {

    public static final String CORPUS_LOCATION = "corpus/";

    private final ReviewIndex review;

    public ReviewedCorpus(ReviewIndex review) {
        this.review = review;
    }

    /** The bundled documents, decoded from the classpath. */
    public static Map<String, SourceDocument> documents(Set<String> names) {
        Map<String, SourceDocument> documents = new LinkedHashMap<>();
        for (String name : names) {
            String location = CORPUS_LOCATION + name;
            try (InputStream in = ReviewedCorpus.class.getClassLoader().getResourceAsStream(location)) {
                if (in == null) {
                    throw new BankBuildException(BankBuildException.Code.RESOURCE_MISSING, location);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                documents.put(name, new SourceDocument(name, text.lines().toList()));
            } catch (IOException e) {
                throw new BankBuildException(BankBuildException.Code.RESOURCE_UNREADABLE, location);
            }
        }
        return documents;
    }

    public List<ParsedEntry> entries(Map<String, SourceDocument> documents) {
        List<ParsedEntry> entries = new ArrayList<>();
        for (ReviewEntry reviewed : review.entries()) {
            SourceDocument document = documents.get(reviewed.document());
            if (document == null) {
                throw new BankBuildException(BankBuildException.Code.RESOURCE_MISSING, reviewed.document());
            }
            entries.add(entry(reviewed, document));
        }
        return entries;
    }

    private static ParsedEntry entry(ReviewEntry reviewed, SourceDocument document) {
        List<String> answer = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (LineRange range : reviewed.answerLines()) {
            for (int n = range.first(); n <= Math.min(range.last(), document.lineCount()); n++) {
                String text = document.line(n);
                if (n == reviewed.line()) {
                    text = afterQuestion(text, reviewed.question());
                }
                int tab = text.indexOf('\t');
                if (tab >= 0) {
                    String[] cells = text.split("\t", -1);
                    text = cells[0];
                    for (int c = 1; c < cells.length; c++) {
                        if (!cells[c].isBlank()) {
                            notes.add(cells[c].strip());
                        }
                    }
                }
                answer.add(text.stripTrailing());
            }
        }
        String text = String.join("\n", answer).strip();
        @Nullable String note = notes.isEmpty() ? null : String.join(" ", notes);
        List<LineRange> ranges = text.isEmpty() ? List.of() : reviewed.answerLines();
        return new ParsedEntry(
                reviewed.document(),
                reviewed.line(),
                reviewed.section(),
                reviewed.question(),
                ranges,
                text,
                note,
                Map.of());
    }

    /** What follows the question on its own line: the TSV answer cell, or a PDF line that runs on into the answer. */
    private static String afterQuestion(String line, String question) {
        String[] cells = line.split("\t", -1);
        if (cells.length >= 3 && cells[0].strip().matches("\\d+")) {
            return String.join("\t", java.util.Arrays.copyOfRange(cells, 2, cells.length));
        }
        int at = line.indexOf(question);
        if (at >= 0) {
            return line.substring(at + question.length());
        }
        int mark = Math.max(line.indexOf('?'), line.indexOf('？'));
        return mark >= 0 ? line.substring(mark + 1) : "";
    }
}
