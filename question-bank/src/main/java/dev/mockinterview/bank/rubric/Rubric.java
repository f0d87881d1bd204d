package dev.mockinterview.bank.rubric;

import dev.mockinterview.bank.KeyPoint;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The key points of a reference answer and how they were found.
 *
 * @param minKeyPoints how many points a complete answer must cover, from the grading note (0 when the note says
 *     nothing)
 * @param experience the note says the reference is only a sample ({@code 回答样板仅供参考}): no fixed rubric
 */
public record Rubric(
        List<KeyPoint> keyPoints,
        Method method,
        int minKeyPoints,
        @Nullable String gradingNote,
        boolean experience) {

    /** Where the points came from ({@code keyPointsSource} of the corpus notes). */
    public enum Method {
        /** One point per top-level list item. */
        LIST,
        /** One point per {@code 术语：解释} line. */
        DEFINITIONS,
        /** Content sentences of a prose answer: the weakest kind, worth a curator's look. */
        SENTENCES,
        /** Written by a curator. */
        CURATED,
        /** No answer text to split. */
        NONE
    }

    public Rubric {
        keyPoints = List.copyOf(keyPoints);
    }
}
