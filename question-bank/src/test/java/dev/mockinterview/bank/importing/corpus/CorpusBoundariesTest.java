package dev.mockinterview.bank.importing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.ParsedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of the five bundled documents has the boundaries of the hand-checked review file, and no more. */
class CorpusBoundariesTest {

    private static final ReviewFile REVIEW = ReviewFile.load();

    static List<String> documents() {
        return BundledCorpus.DOCUMENTS;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void parsesEveryEntryWithTheReviewedBoundaries(String document) {
        ImportResult result = BundledCorpus.importBundled(document);
        Map<Integer, ParsedEntry> parsed =
                result.entries().stream().collect(Collectors.toMap(ParsedEntry::line, Function.identity()));
        List<String> drift = new ArrayList<>();
        for (ReviewFile.Entry expected : REVIEW.of(document)) {
            ParsedEntry actual = parsed.remove(expected.line());
            if (actual == null) {
                drift.add("missing " + expected.id() + " " + expected.question());
            } else if (!actual.answerLines().equals(expected.answerLines())) {
                drift.add(expected.id() + " answer lines " + actual.answerLines() + " expected "
                        + expected.answerLines());
            }
        }
        parsed.values()
                .forEach(extra -> drift.add("unexpected entry at line " + extra.line() + " " + extra.question()));
        assertThat(drift)
                .as(document + " drift; problems: " + result.problems())
                .isEmpty();
        assertThat(result.entries()).hasSize(REVIEW.of(document).size());
    }
}
