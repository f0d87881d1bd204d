package dev.mockinterview.bank.importing;

import java.util.List;

/** What importing one document produced: the entries it accepted and one problem line per rejected or doubtful entry. */
public record ImportResult(String document, String format, List<ParsedEntry> entries, List<ImportProblem> problems) {
    public ImportResult {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
