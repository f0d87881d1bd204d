package dev.mockinterview.bank.importing.corpus;

import dev.mockinterview.bank.importing.ImportException;
import dev.mockinterview.bank.importing.ImportFailure;
import dev.mockinterview.bank.importing.LineRange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The small checked table for what no rule can see (bank/overrides/answer-lines.tsv). Each row is keyed by document,
 * line and a hash of that line's text, so an edited corpus makes the row stale and the import says so instead of
 * silently applying it to another line.
 */
public final class AnswerOverrides {

    public static final String BUNDLED_RESOURCE = "/bank/overrides/answer-lines.tsv";

    /** What an override says about its line. */
    public enum Kind {
        /** The answer is read from these ranges (displaced bodies). */
        ANSWER_LINES,
        /** The line looks like a question but heads a group of questions. */
        GROUP,
        /** The row's answer belongs to another question (value: that question's line). */
        MISALIGNED
    }

    public record Override(String document, int line, String textHash, Kind kind, String value, String reason) {

        public boolean matches(String lineText) {
            return textHash.equals(hash(lineText));
        }

        public List<LineRange> ranges() {
            List<LineRange> ranges = new ArrayList<>();
            for (String part : value.split(",")) {
                String[] bounds = part.strip().split("-");
                ranges.add(new LineRange(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])));
            }
            return ranges;
        }
    }

    private final List<Override> rows;

    private AnswerOverrides(List<Override> rows) {
        this.rows = List.copyOf(rows);
    }

    public static AnswerOverrides none() {
        return new AnswerOverrides(List.of());
    }

    public static AnswerOverrides bundled() {
        try (InputStream in = AnswerOverrides.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new ImportException(ImportFailure.OVERRIDE_MALFORMED, BUNDLED_RESOURCE + " is missing");
            }
            return parse(
                    BUNDLED_RESOURCE,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .toList());
        } catch (IOException unreadable) {
            throw new ImportException(
                    ImportFailure.OVERRIDE_MALFORMED, BUNDLED_RESOURCE + ": " + unreadable.getMessage());
        }
    }

    /** Reads the table: document, line, text hash, kind, value, reason; tab-separated, {@code #} starts a comment. */
    public static AnswerOverrides parse(String name, List<String> lines) {
        List<Override> rows = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            try {
                if (fields.length != 6) {
                    throw new IllegalArgumentException("expected 6 tab-separated fields, got " + fields.length);
                }
                Override row = new Override(
                        fields[0],
                        Integer.parseInt(fields[1]),
                        fields[2],
                        Kind.valueOf(fields[3]),
                        fields[4],
                        fields[5]);
                if (row.kind() == Kind.ANSWER_LINES) {
                    row.ranges();
                }
                rows.add(row);
            } catch (IllegalArgumentException bad) {
                throw new ImportException(ImportFailure.OVERRIDE_MALFORMED, name + ":" + n + ": " + bad.getMessage());
            }
        }
        return new AnswerOverrides(rows);
    }

    public List<Override> find(String document, int line) {
        return rows.stream()
                .filter(row -> row.document().equals(document) && row.line() == line)
                .toList();
    }

    public List<Override> of(String document) {
        return rows.stream().filter(row -> row.document().equals(document)).toList();
    }

    /** The first 16 hex digits of the SHA-256 of a line's decoded text. */
    public static String hash(String lineText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(lineText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JRE", impossible);
        }
    }
}
