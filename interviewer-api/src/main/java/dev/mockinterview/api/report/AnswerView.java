package dev.mockinterview.api.report;

import dev.mockinterview.grading.GradeResult;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stored answer with its grade.
 *
 * @param kind {@code answer}, {@code follow_up} (a supplement asked for by a follow-up) or {@code retry}
 * @param late received after the time limit and its grace
 * @param result the grade exactly as {@code POST /api/v1/grade} gives it; null while the answer waits for it
 */
public record AnswerView(
        UUID id,
        int attempt,
        String kind,
        String text,
        boolean late,
        Instant receivedAt,
        @Nullable GradeResult result) {}
