package dev.mockinterview.api.grading;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the grade endpoint and of the scheduler grading runs on.
 *
 * @param maxAnswerChars longest answer accepted, in characters (code points)
 * @param maxReferenceChars longest inline question plus reference accepted, in characters
 * @param maxKeyPoints most inline key points accepted
 * @param threads grading threads; they mostly wait on an LLM or run the embedding model
 * @param queue grades waiting for a thread before new ones are refused with {@code GRADING_BUSY}
 * @param timeout a grade that takes longer fails with {@code GRADING_TIMEOUT}; above the LLM grader's own
 *     deadline, so that the LLM grader's fallback always answers first
 */
@ConfigurationProperties("interview.grading")
public record GradingSettings(
        @DefaultValue("8000") int maxAnswerChars,
        @DefaultValue("20000") int maxReferenceChars,
        @DefaultValue("16") int maxKeyPoints,
        @DefaultValue("16") int threads,
        @DefaultValue("256") int queue,
        @DefaultValue("60s") Duration timeout) {
    public GradingSettings {
        if (maxAnswerChars < 1 || maxReferenceChars < 1 || maxKeyPoints < 1 || threads < 1 || queue < 1) {
            throw new IllegalArgumentException("interview.grading: limits, threads and queue must be positive");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("interview.grading.timeout must be positive");
        }
    }
}
