package dev.mockinterview.bank.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockinterview.bank.BankBuildException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntryPairsTest {

    @Test
    void readsPairsUnorderedAndSkipsComments() throws Exception {
        EntryPairs pairs = read("# comment\nq-004-0054\tq-000-0029\tsame ask\n\n");
        assertThat(pairs.pairs()).containsExactly(new EntryPair("q-000-0029", "q-004-0054", "same ask"));
    }

    @Test
    void reportsAMalformedLineWithItsNumber() {
        assertThatThrownBy(() -> read("# comment\nq-000-0029 q-004-0054\n"))
                .isInstanceOfSatisfying(BankBuildException.class, e -> {
                    assertThat(e.code()).isEqualTo(BankBuildException.Code.PAIR_LIST_INVALID);
                    assertThat(e.getMessage()).contains("merges.tsv:2");
                });
    }

    @Test
    void theBundledListsAreWellFormed() {
        assertThat(EntryPairs.fromClasspath("bank/merges.tsv").pairs()).hasSize(39);
        assertThat(EntryPairs.fromClasspath("bank/related.tsv").pairs()).hasSize(37);
    }

    private static EntryPairs read(String text) throws Exception {
        return EntryPairs.read("merges.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
