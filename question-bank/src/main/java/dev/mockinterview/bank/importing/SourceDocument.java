package dev.mockinterview.bank.importing;

import java.util.List;

/**
 * A decoded document, split into lines. {@code line(n)} is the 1-based line n as it was in the file (decoded,
 * without its line terminator), so that every reported line number points into the original file.
 */
public record SourceDocument(String name, List<String> lines) {
    public SourceDocument {
        lines = List.copyOf(lines);
    }

    public String line(int number) {
        return lines.get(number - 1);
    }

    public int lineCount() {
        return lines.size();
    }
}
