package dev.mockinterview.api.session.interview;

import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import java.util.Comparator;
import java.util.List;

/** What a follow-up asks about: the points a first answer missed, then those it got partly, in rubric order. */
final class FollowUps {

    private final InterviewSettings settings;

    FollowUps(InterviewSettings settings) {
        this.settings = settings;
    }

    /** The points to ask about; empty when there is nothing to follow up (or follow-ups are off). */
    List<String> points(GradeResult first) {
        if (!settings.followUps()) {
            return List.of();
        }
        return first.keyPoints().stream()
                .filter(p -> p.status() == PointStatus.MISSED || p.status() == PointStatus.PARTIAL)
                .sorted(Comparator.comparingInt((KeyPointResult p) -> p.status() == PointStatus.MISSED ? 0 : 1))
                .map(KeyPointResult::text)
                .limit(settings.followUpPoints())
                .toList();
    }

    static String question(List<String> points) {
        return "你没有提到" + String.join("；", points) + "，可以补充一下吗？";
    }
}
