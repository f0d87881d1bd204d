package dev.mockinterview.grading.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes one graded set's report, scores and verdicts to {@code target/evaluation-{report,scores,verdicts}-<stem>}. */
final class EvaluationOutput {

    private EvaluationOutput() {}

    static void write(String stem, String title, EvaluationSets set, GraderEvaluation embedded) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(
                target.resolve("evaluation-report-" + stem + ".md"),
                new EvaluationReport(title, set, List.of(embedded)).markdown(),
                StandardCharsets.UTF_8);
        Files.writeString(target.resolve("evaluation-scores-" + stem + ".tsv"), embedded.scoresTsv());
        Files.writeString(
                target.resolve("evaluation-verdicts-" + stem + ".txt"),
                embedded.verdictsText(),
                StandardCharsets.UTF_8);
    }
}
