package dev.mockinterview.api.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One point of a user's progress chart: a topic's score in one session, as that session's report gives it.
 *
 * @param score 0 to 10 with one decimal, the mean over the topic's settled questions
 * @param questions the session's questions on the topic
 */
public record TopicProgress(UUID sessionId, Instant sessionStartedAt, String topic, double score, int questions) {}
