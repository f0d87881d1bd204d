package dev.mockinterview.api.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One point of a user's progress chart: the mean score of the graded first answers on one topic in one session.
 * Follow-ups and retries are left out, so a point measures what the candidate knew when first asked.
 */
public record TopicProgress(UUID sessionId, Instant sessionStartedAt, String topic, double meanScore, int answers) {}
