package dev.mockinterview.bank.importing.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockinterview.bank.importing.ImportException;
import dev.mockinterview.bank.importing.ImportFailure;
import dev.mockinterview.bank.importing.ImportProblem;
import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.NoiseCutter;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.importing.TextDecoder;
import dev.mockinterview.bank.importing.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerOverridesTest {

    private static final String NOTES = "001_c14bfeaf169b6fab.txt";

    @Test
    void coversOnlyWhatNoRuleSees() {
        AnswerOverrides bundled = AnswerOverrides.bundled();

        assertThat(bundled.of(NOTES))
                .filteredOn(row -> row.kind() == AnswerOverrides.Kind.ANSWER_LINES)
                .hasSize(12);
        assertThat(bundled.of(NOTES))
                .filteredOn(row -> row.kind() == AnswerOverrides.Kind.GROUP)
                .extracting(AnswerOverrides.Override::line)
                .containsExactly(1083);
        assertThat(bundled.of("003_b4403f347d043dd9.txt")).hasSize(2);
    }

    @Test
    void reportsAnOverrideWhoseLineChangedAndDoesNotApplyIt() {
        AnswerOverrides stale = AnswerOverrides.parse(
                "test.tsv", List.of(NOTES + "\t1620\t0000000000000000\tANSWER_LINES\t1622-1622,1633-1636\tLoRA swap"));
        var adapter = new ChecklistNotesAdapter(new TextNormalizer(), new NoiseCutter(), stale);
        var document = new TextDecoder().decode(NOTES, BundledCorpus.bytes(NOTES));

        ImportResult result = adapter.parse(document);

        assertThat(result.problems())
                .filteredOn(problem -> problem.severity() == ImportProblem.Severity.REJECTED)
                .extracting(Object::toString)
                .containsExactly(
                        NOTES + ":1620: OVERRIDE_STALE override 'LoRA swap' was written for another text of this line");
        ParsedEntry idea = result.entries().stream()
                .filter(entry -> entry.line() == 1620)
                .findFirst()
                .orElseThrow();
        assertThat(idea.attributes()).doesNotContainEntry("displaced", "override");
    }

    @Test
    void refusesAMalformedTable() {
        assertThatThrownBy(() -> AnswerOverrides.parse("bad.tsv", List.of("001.txt\tnot-a-number\tabc\tGROUP\t\twhy")))
                .isInstanceOf(ImportException.class)
                .satisfies(thrown ->
                        assertThat(((ImportException) thrown).failure()).isEqualTo(ImportFailure.OVERRIDE_MALFORMED))
                .hasMessageContaining("bad.tsv:1");
        assertThatThrownBy(() -> AnswerOverrides.parse("bad.tsv", List.of("a\t1\th\tANSWER_LINES\t5-x\twhy")))
                .isInstanceOf(ImportException.class);
    }

    @Test
    void hashesTheDecodedLineText() {
        var document = new TextDecoder().decode(NOTES, BundledCorpus.bytes(NOTES));
        AnswerOverrides.Override row =
                AnswerOverrides.bundled().find(NOTES, 1083).get(0);

        assertThat(row.matches(document.line(1083))).isTrue();
        assertThat(row.matches(document.line(1083) + " ")).isFalse();
    }
}
