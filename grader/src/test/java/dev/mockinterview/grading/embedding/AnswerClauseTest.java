package dev.mockinterview.grading.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerClauseTest {

    @Test
    void eachClauseKnowsItsPlaceInTheAnswerAndInItsNormalizedSentence() {
        String answer = "先做 Warmup，再做衰减。最后保存 Checkpoint";

        List<AnswerClause> clauses = AnswerClause.of(answer);

        assertThat(clauses).hasSize(3);
        assertThat(clauses)
                .extracting(c -> answer.substring(c.start(), c.end()))
                .containsExactly("先做 Warmup，", "再做衰减。", "最后保存 Checkpoint");
        AnswerClause second = clauses.get(1);
        assertThat(second.text()).isEqualTo("再做衰减。");
        assertThat(second.sentenceSoFar()).isEqualTo(second.sentence());
        assertThat(clauses.get(0).sentence()).contains("warmup");
        assertThat(clauses.get(0).sentenceSoFar()).isEqualTo(clauses.get(0).text());
    }

    @Test
    void blankClausesAreLeftOut() {
        assertThat(AnswerClause.of("第一步。\n\n第二步")).hasSize(2);
    }
}
