package dev.mockinterview.grading.llm;

import dev.mockinterview.grading.GradeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The key points to grade: the request's own, or, when it has none, the reference's sentences (a question given
 * inline comes without a rubric).
 */
final class ReferencePoints {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；;!?])|\\n+|(?<=\\.)\\s+");
    private static final int MIN_CHARS = 4;
    private static final int MAX_POINTS = 8;

    private ReferencePoints() {}

    static List<String> of(GradeRequest request) {
        if (!request.keyPoints().isEmpty()) {
            return request.keyPoints();
        }
        List<String> points = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(request.referenceAnswer())) {
            String point = sentence.strip();
            if (point.codePointCount(0, point.length()) >= MIN_CHARS && points.size() < MAX_POINTS) {
                points.add(point);
            }
        }
        if (points.isEmpty()) {
            points.add(request.referenceAnswer().strip());
        }
        return List.copyOf(points);
    }
}
