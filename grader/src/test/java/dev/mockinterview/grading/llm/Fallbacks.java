package dev.mockinterview.grading.llm;

import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import dev.mockinterview.grading.ScoreFormula;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The grader the LLM grader falls back to in these tests. */
public final class Fallbacks {

    private Fallbacks() {}

    /** A character-bigram grader: deterministic, offline, and obviously not an LLM. */
    public static AnswerGrader embedded() {
        return new AnswerGrader() {
            @Override
            public GradeResult grade(GradeRequest request) {
                Set<String> answer = bigrams(request.answer());
                List<KeyPointResult> points = request.keyPoints().stream()
                        .map(point -> {
                            Set<String> wanted = bigrams(point);
                            long found =
                                    wanted.stream().filter(answer::contains).count();
                            double share = wanted.isEmpty() ? 0 : (double) found / wanted.size();
                            PointStatus status = share >= 0.5
                                    ? PointStatus.COVERED
                                    : share >= 0.25 ? PointStatus.PARTIAL : PointStatus.MISSED;
                            return new KeyPointResult(point, status, "");
                        })
                        .toList();
                List<GradeFlag> flags = request.answer().isBlank() ? List.of(GradeFlag.EMPTY) : List.of();
                return new GradeResult(
                        ScoreFormula.score(
                                points.stream().map(KeyPointResult::status).toList(), flags),
                        GraderKind.EMBEDDING,
                        false,
                        points,
                        "bigram overlap",
                        flags,
                        request.referenceAnswer());
            }

            @Override
            public GraderKind kind() {
                return GraderKind.EMBEDDING;
            }
        };
    }

    private static Set<String> bigrams(String text) {
        String compact = text.replaceAll("\\s+", "");
        Set<String> result = new HashSet<>();
        for (int i = 0; i + 2 <= compact.length(); i++) {
            result.add(compact.substring(i, i + 2));
        }
        return result;
    }
}
