package dev.mockinterview.api.session.interview;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the interviewer runs a session.
 *
 * @param defaultCount questions when {@code start} names no count
 * @param maxCount most questions one session may ask
 * @param maxActivePerUser sessions a user may have active at once
 * @param abandonAfter an active session nobody moved for this long is marked abandoned and stops counting
 * @param avoidRecent questions a user was asked this recently are left out while enough others match
 * @param easyTimeLimit time to answer a difficulty-1 (recall) question
 * @param mediumTimeLimit time to answer a difficulty-2 (explain or compare) question
 * @param hardTimeLimit time to answer a difficulty-3 (mechanism or design) question
 * @param grace added to every limit before a question is closed as timed out; answers in it are stored as late
 * @param followUps false to never ask a follow-up
 * @param followUpPoints most missed points one follow-up names
 * @param maxRetries times one question may be asked again in practice
 */
@ConfigurationProperties("interview.session")
public record InterviewSettings(
        @DefaultValue("5") int defaultCount,
        @DefaultValue("20") int maxCount,
        @DefaultValue("3") int maxActivePerUser,
        @DefaultValue("2h") Duration abandonAfter,
        @DefaultValue("14d") Duration avoidRecent,
        @DefaultValue("180s") Duration easyTimeLimit,
        @DefaultValue("300s") Duration mediumTimeLimit,
        @DefaultValue("420s") Duration hardTimeLimit,
        @DefaultValue("10s") Duration grace,
        @DefaultValue("true") boolean followUps,
        @DefaultValue("3") int followUpPoints,
        @DefaultValue("2") int maxRetries) {
    public InterviewSettings {
        if (maxCount < 1 || defaultCount < 1 || defaultCount > maxCount) {
            throw new IllegalArgumentException("interview.session: 1 <= default-count <= max-count");
        }
        if (maxActivePerUser < 1 || followUpPoints < 1 || maxRetries < 0) {
            throw new IllegalArgumentException(
                    "interview.session: max-active-per-user and follow-up-points positive, max-retries >= 0");
        }
        for (Duration d : new Duration[] {abandonAfter, easyTimeLimit, mediumTimeLimit, hardTimeLimit}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("interview.session: durations must be positive");
            }
        }
        if (grace.isNegative() || avoidRecent.isNegative()) {
            throw new IllegalArgumentException("interview.session: grace and avoid-recent cannot be negative");
        }
    }
}
