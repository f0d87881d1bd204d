package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The content words {@link ContentWords} reads, pair by pair. */
class ContentWordsTest {

    private final ContentWords words = new ContentWords("的了更");

    @Test
    void pairsOfContentCharactersAreReadInOrder() {
        Set<String> read = new LinkedHashSet<>();
        words.addTo(read, "推理速度的提升", false);

        assertThat(read).containsExactly("推理", "理速", "速度", "提升");
    }

    @Test
    void aLoneContentCharacterIsReadOnlyWhenAsked() {
        Set<String> without = new LinkedHashSet<>();
        words.addTo(without, "效果更好了", false);
        Set<String> with = new LinkedHashSet<>();
        words.addTo(with, "效果更好了", true);

        assertThat(without).containsExactly("效果");
        assertThat(with).containsExactly("效果", "好");
    }
}
