package dev.mockinterview.api.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user's scores by topic over time, for a chart: one series per topic, one point per session. */
public record Progress(List<TopicSeries> topics) {

    public Progress {
        topics = List.copyOf(topics);
    }

    /** @param points oldest first */
    public record TopicSeries(String topic, String name, List<Point> points) {
        public TopicSeries {
            points = List.copyOf(points);
        }
    }

    /**
     * The topic's score in one session, equal to the {@code byTopic} score of that session's report.
     *
     * @param at when the session started
     * @param questions the session's questions on the topic
     */
    public record Point(UUID sessionId, Instant at, double score, int questions) {}
}
