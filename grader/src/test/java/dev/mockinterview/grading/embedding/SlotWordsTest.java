package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.grading.lexical.Glossary;
import dev.mockinterview.grading.lexical.TermExtractor;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words {@link SlotWords} takes from around a number. */
class SlotWordsTest {

    private final SlotWords slotWords = new SlotWords(Glossary.bundled());

    private Set<String> around(String sentence, String number) {
        String text = TermExtractor.normalize(sentence);
        int start = text.indexOf(number);
        return slotWords.inSentence(text, start, start + number.length(), text.length());
    }

    @Test
    void aGreekLetterAndAnAliasedNounAreSlotWords() {
        assertThat(around("正则项的 λ 一般取 0.01", "0.01")).contains("λ");
        assertThat(around("适配矩阵的秩设为 4", "4")).contains("rank");
    }

    @Test
    void hedgesAndNumeralsPlaceNoSlot() {
        assertThat(around("通常大约需要 3 天", "3")).doesNotContain("通常", "大约", "需要");
    }

    @Test
    void theClauseWindowStopsAtTheClauseBeforeTheNumber() {
        String text = TermExtractor.normalize("知识蒸馏的温度系数，设为 4");
        int start = text.indexOf('4');

        assertThat(slotWords.inSentence(text, start, start + 1, text.length())).contains("蒸馏");
        assertThat(slotWords.inClause(text, start, start + 1, text.length())).doesNotContain("蒸馏");
    }
}
