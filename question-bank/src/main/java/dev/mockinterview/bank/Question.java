package dev.mockinterview.bank;

import java.util.List;

/**
 * One unique interview question of the bank, after deduplication.
 *
 * @param id stable id that survives a re-import ({@code q-000-0007} for the bundled corpus)
 * @param topic a slug of {@link TopicTaxonomy}
 * @param difficulty 1 recall, 2 explain or compare, 3 mechanism or design
 * @param variants other wordings of the same question that were merged into this one
 * @param related ids of related but different questions
 */
public record Question(
        String id,
        String topic,
        int difficulty,
        String question,
        List<String> variants,
        String referenceAnswer,
        List<KeyPoint> keyPoints,
        List<Source> sources,
        List<String> related,
        Quality quality) {
    public Question {
        variants = List.copyOf(variants);
        keyPoints = List.copyOf(keyPoints);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }

    public List<String> keyPointTexts() {
        return keyPoints.stream().map(KeyPoint::text).toList();
    }
}
