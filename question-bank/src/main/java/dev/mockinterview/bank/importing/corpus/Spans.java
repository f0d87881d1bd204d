package dev.mockinterview.bank.importing.corpus;

import dev.mockinterview.bank.importing.LineRange;
import dev.mockinterview.bank.importing.SourceDocument;
import java.util.Optional;
import java.util.function.Predicate;

/** Line spans between two boundaries, trimmed of blank and skipped lines at both ends. */
final class Spans {

    private Spans() {}

    /** The content lines strictly between {@code after} and {@code before}, or empty when there are none. */
    static Optional<LineRange> between(SourceDocument document, int after, int before, Predicate<String> skip) {
        int first = after + 1;
        int last = Math.min(before - 1, document.lineCount());
        while (first <= last && isEmpty(document.line(first), skip)) {
            first++;
        }
        while (last >= first && isEmpty(document.line(last), skip)) {
            last--;
        }
        return first <= last ? Optional.of(new LineRange(first, last)) : Optional.empty();
    }

    private static boolean isEmpty(String line, Predicate<String> skip) {
        return line.replace('\u00A0', ' ').isBlank() || skip.test(line);
    }
}
