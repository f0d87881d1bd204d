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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Grades the contrasts set ({@code devset/contrasts.jsonl}) with the embedded grader and holds that no key point of
 * these correct answers is marked {@code incorrect}, and writes {@code target/evaluation-contrasts.txt}.
 *
 * <p>Every answer is right (strong or good) but is built around what a naive contradiction cue trips over: the right
 * entity contrasted with the wrong one, a sibling method named in passing, true negations, opposite words in another
 * slot, conditionals, comparisons, a misconception put right, a spoken self-correction, a direction told in the
 * reverse order of the reference, and answers in English. A false {@code incorrect} punishes a right candidate, the
 * worst mistake a grader can make. The set was written without reading the contradiction checks.
 *
 * <p>Run alone: {@code ./mvnw -B -q -o -pl grader test -Dtest=CorrectContrastsTest}. Its first run found six false
 * contradictions (a denial of something the point itself avoids, an opposite after "而不是", a swap read into a
 * condition and into a comparison, "去掉…的冗余" read as a denial, "不是完全不会" read as an absolute denial); the
 * checks were mended for those kinds, and the test now holds in every build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectContrastsTest {

    private final EvaluationSets contrasts = EvaluationSets.contrastsFromClasspath();

    private final List<Graded> graded = new ArrayList<>();

    /** One answer of the set with its position in the file, since a question may have several answers per level. */
    private record Graded(String id, LabelledAnswer answer, GradeResult result) {}

    @BeforeAll
    void gradeTheContrastsSet() throws IOException {
        EmbeddedGrader grader = SharedEmbeddedGrader.get();
        List<LabelledAnswer> answers = contrasts.labelled();
        for (int i = 0; i < answers.size(); i++) {
            LabelledAnswer answer = answers.get(i);
            String id = String.format(Locale.ROOT, "#%02d %s", i + 1, answer.id());
            graded.add(new Graded(id, answer, grader.grade(answer.toRequest())));
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("evaluation-contrasts.txt"), report(), StandardCharsets.UTF_8);
    }

    private String report() {
        StringBuilder out = new StringBuilder();
        graded.forEach(g -> out.append(GraderEvaluation.verdict(g.id(), g.answer(), g.result())));
        return out.toString();
    }

    @Test
    void isAWellFormedSetOfCorrectAnswersInTheCandidatesOwnWords() {
        assertThat(contrasts.labelled()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(contrasts.questions()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(contrasts.labelled())
                .allSatisfy(answer ->
                        assertThat(answer.level()).as(answer.id()).isIn(Set.of(AnswerLevel.STRONG, AnswerLevel.GOOD)))
                .allSatisfy(answer -> assertThat(answer.range())
                        .as(answer.id())
                        .isEqualTo(answer.level().range()))
                .allSatisfy(answer -> assertThat(EvaluationSetsTest.longestSharedCjkRun(
                                answer.answer(), answer.question().referenceAnswer()))
                        .as(answer.id())
                        .isLessThanOrEqualTo(EvaluationSetsTest.LONGEST_SHARED_CJK_RUN));
    }

    @Test
    void marksNoPointOfACorrectAnswerIncorrect() {
        List<String> falseContradictions = new ArrayList<>();
        for (Graded g : graded) {
            for (KeyPointResult point : g.result().keyPoints()) {
                if (point.status() == PointStatus.INCORRECT) {
                    falseContradictions.add(String.format(
                            Locale.ROOT,
                            "%s score %.1f%n    point: %s%n    evidence: «%s»%n    feedback: %s",
                            g.id(),
                            g.result().score(),
                            point.text(),
                            point.evidence(),
                            g.result().feedback().replace('\n', ' ')));
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
