package dev.mockinterview.grading.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import dev.mockinterview.grading.embedding.EmbeddedGrader;
import dev.mockinterview.grading.embedding.SharedEmbeddedGrader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Grades the confident-wrong set ({@code devset/wrongs.jsonl}): for each of its questions a good and a partial
 * answer and two confident wrong answers that reuse the reference's own terms, each wrong one labelled with the kind
 * of its error (roles swapped, the opposite direction, a wrong number, a wrong condition, a wrong mechanism, a denial
 * of what is true, a wrong member of a list). These are the answers a grader that matches words is fooled by, so the
 * set is read and tuned against, unlike the held-out sets; it was written without reading the grader.
 *
 * <p>It writes {@code target/evaluation-report-wrongs.md} (mean score and share in range per kind and level) and
 * {@code target/evaluation-verdicts-wrongs.txt}, and holds that the good and partial answers have no point marked
 * incorrect.
 *
 * <p>Run alone: {@code ./mvnw -B -q -o -pl grader test -Dtest=ConfidentWrongSetTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentWrongSetTest {

    private static final Set<String> KINDS =
            Set.of("swap", "direction", "number", "condition", "mechanism", "negation", "member");

    private final EvaluationSets wrongs = EvaluationSets.wrongsFromClasspath();
    private final List<String> kinds = EvaluationSets.wrongKinds();

    private final List<Graded> graded = new ArrayList<>();

    /** One answer with the kind of its error ("none" for a correct answer). */
    private record Graded(String id, LabelledAnswer answer, String kind, GradeResult result) {

        boolean inRange() {
            return answer.range().contains(result.score());
        }
    }

    @BeforeAll
    void gradeTheWrongsSet() throws IOException {
        EmbeddedGrader grader = SharedEmbeddedGrader.get();
        List<LabelledAnswer> answers = wrongs.labelled();
        for (int i = 0; i < answers.size(); i++) {
            LabelledAnswer answer = answers.get(i);
            String id = String.format(Locale.ROOT, "#%03d %s %s", i + 1, answer.id(), kinds.get(i));
            graded.add(new Graded(id, answer, kinds.get(i), grader.grade(answer.toRequest())));
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        StringBuilder verdicts = new StringBuilder();
        graded.forEach(g -> verdicts.append(GraderEvaluation.verdict(g.id(), g.answer(), g.result())));
        Files.writeString(target.resolve("evaluation-verdicts-wrongs.txt"), verdicts, StandardCharsets.UTF_8);
        String report = report();
        Files.writeString(target.resolve("evaluation-report-wrongs.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private String report() {
        StringBuilder out = new StringBuilder("# Confident-wrong set\n\n| group | answers | mean score | in range |\n")
                .append("|---|---|---|---|\n");
        Map<String, List<Graded>> groups = new LinkedHashMap<>();
        for (AnswerLevel level : List.of(AnswerLevel.GOOD, AnswerLevel.PARTIAL, AnswerLevel.WRONG)) {
            groups.put(
                    level.wireName(),
                    graded.stream().filter(g -> g.answer().level() == level).toList());
        }
        KINDS.stream()
                .sorted()
                .forEach(kind -> groups.put(
                        "wrong: " + kind,
                        graded.stream().filter(g -> g.kind().equals(kind)).toList()));
        groups.forEach((name, members) -> out.append(String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.0f %% |%n",
                name,
                members.size(),
                mean(members),
                100.0 * members.stream().filter(Graded::inRange).count() / Math.max(1, members.size()))));
        return out.toString();
    }

    private static double mean(List<Graded> members) {
        return members.stream().mapToDouble(g -> g.result().score()).average().orElse(Double.NaN);
    }

    @Test
    void holdsAGoodAPartialAndTwoLabelledWrongAnswersPerQuestion() {
        assertThat(wrongs.questions()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(kinds).hasSameSizeAs(wrongs.labelled());
        Map<String, List<AnswerLevel>> levels = wrongs.labelled().stream()
                .collect(Collectors.groupingBy(
                        answer -> answer.question().id(),
                        Collectors.mapping(LabelledAnswer::level, Collectors.toList())));
        assertThat(levels.values())
                .allSatisfy(each -> assertThat(each)
                        .containsExactlyInAnyOrder(
                                AnswerLevel.GOOD, AnswerLevel.PARTIAL, AnswerLevel.WRONG, AnswerLevel.WRONG));
        for (int i = 0; i < kinds.size(); i++) {
            LabelledAnswer answer = wrongs.labelled().get(i);
            assertThat(kinds.get(i))
                    .as(answer.id() + " " + answer.level())
                    .isIn(answer.level() == AnswerLevel.WRONG ? KINDS : Set.of("none"));
            assertThat(EvaluationSetsTest.longestSharedCjkRun(
                            answer.answer(), answer.question().referenceAnswer()))
                    .as(answer.id())
                    .isLessThanOrEqualTo(EvaluationSetsTest.LONGEST_SHARED_CJK_RUN);
        }
    }

    @Test
    void marksNoPointOfAGoodOrPartialAnswerIncorrect() {
        List<String> falseContradictions = new ArrayList<>();
        for (Graded g : graded) {
            if (g.answer().level() == AnswerLevel.WRONG) {
                continue;
            }
            for (KeyPointResult point : g.result().keyPoints()) {
                if (point.status() == PointStatus.INCORRECT) {
                    falseContradictions.add(
                            g.id() + " point: " + point.text() + " evidence: «" + point.evidence() + "»");
                }
            }
        }
        assertThat(falseContradictions)
                .withFailMessage(
                        "%d points of correct answers marked incorrect:%n%s",
                        falseContradictions.size(), String.join("\n", falseContradictions))
                .isEmpty();
    }
}
