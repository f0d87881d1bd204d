package dev.mockinterview.bank.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one document, each as {@code document:line: CODE reason}. */
public final class Problems {

    private final String document;
    private final List<ImportProblem> problems = new ArrayList<>();

    public Problems(String document) {
        this.document = document;
    }

    public void reject(int line, ImportFailure failure, String reason) {
        problems.add(new ImportProblem(document, line, ImportProblem.Severity.REJECTED, failure + " " + reason));
    }

    public void doubt(int line, ImportFailure failure, String reason) {
        problems.add(new ImportProblem(document, line, ImportProblem.Severity.DOUBTFUL, failure + " " + reason));
    }

    public List<ImportProblem> list() {
        return List.copyOf(problems);
    }
}
