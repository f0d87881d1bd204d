package dev.mockinterview.grading.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rubrics the service grades bank questions with today, where they differ from what a set's writer saw: the
 * bundled curated references of the question-bank module (read from its sources, since the grader module does not
 * depend on the bank). A set keeps the rubric its writer read; grading it with these instead tells how the service
 * does on the same answers now that the bank has rewritten those rubrics.
 */
final class BankRubrics {

    static final Path CURATED = Path.of("..", "question-bank", "src", "main", "resources", "bank", "curated");

    /** A curated rubric: the reference answer and key points served for one question id. */
    record Rubric(String referenceAnswer, List<String> keyPoints) {}

    private BankRubrics() {}

    static Map<String, Rubric> curated() {
        ObjectMapper json = new ObjectMapper();
        Map<String, Rubric> rubrics = new LinkedHashMap<>();
        try {
            for (String file : Files.readAllLines(CURATED.resolve("index.txt"), StandardCharsets.UTF_8)) {
                String name = file.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                for (String line : Files.readAllLines(CURATED.resolve(name), StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    JsonNode entry = json.readTree(line);
                    JsonNode id = entry.hasNonNull("appliesTo") ? entry.get("appliesTo") : entry.get("id");
                    List<String> points = new ArrayList<>();
                    entry.get("keyPoints").forEach(point -> points.add(point.asText()));
                    rubrics.put(
                            id.asText(), new Rubric(entry.get("referenceAnswer").asText(), points));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rubrics;
    }

    /** The set with every question that has a curated rubric graded against it; the answers and labels unchanged. */
    static EvaluationSets swapped(EvaluationSets set, Map<String, Rubric> rubrics) {
        Map<String, LabelledQuestion> byId = new LinkedHashMap<>();
        for (LabelledQuestion question : set.questions()) {
            Rubric rubric = rubrics.get(question.id());
            byId.put(
                    question.id(),
                    rubric == null
                            ? question
                            : new LabelledQuestion(
                                    question.id(),
                                    question.topic(),
                                    question.question(),
                                    rubric.referenceAnswer(),
                                    rubric.keyPoints()));
        }
        List<LabelledAnswer> answers = set.labelled().stream()
                .map(a -> new LabelledAnswer(byId.get(a.question().id()), a.level(), a.range(), a.answer()))
                .toList();
        return new EvaluationSets(List.copyOf(byId.values()), answers, set.attacks());
    }

    /** How many of the set's questions a curated rubric changes. */
    static long changed(EvaluationSets set, Map<String, Rubric> rubrics) {
        return set.questions().stream()
                .filter(q -> {
                    Rubric rubric = rubrics.get(q.id());
                    return rubric != null
                            && !(rubric.keyPoints().equals(q.keyPoints())
                                    && rubric.referenceAnswer().equals(q.referenceAnswer()));
                })
                .count();
    }
}
