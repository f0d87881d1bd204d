package dev.mockinterview.bank.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.mockinterview.bank.BundledBank;
import dev.mockinterview.bank.review.ReviewIndex;
import org.junit.jupiter.api.Test;

/** Pairwise precision and recall of the three ways to deduplicate, against the review file's clusters. */
class DedupeMeasurementTest {

    private static final double THRESHOLD = 0.85;

    private final DedupeMeasurement measurement = new DedupeMeasurement(ReviewIndex.bundled());

    @Test
    void exactKeysArePreciseButMissTheRewordedDuplicates() {
        PairwiseAgreement exact = measurement.exactOnly();
        System.out.println("(a) exact keys only: " + exact);
        assertThat(exact.precision()).isEqualTo(1.0);
        assertThat(exact.recall()).isBetween(0.5, 0.8);
    }

    @Test
    void exactKeysWithTheConfirmedMergeListRecoverTheReviewClusters() {
        PairwiseAgreement built = measurement.exactAndMerges(EntryPairs.fromClasspath(BundledBank.MERGES));
        System.out.println("(c) exact + confirmed merges: " + built);
        assertThat(built.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(built.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void embeddingProposalsAloneAreTooImpreciseToMergeWithoutAPerson() {
        EmbeddingProposals proposals = measurement.proposals(new BgeSmallZhV15QuantizedEmbeddingModel());
        PairwiseAgreement alone = measurement.embeddingsAlone(proposals, THRESHOLD);
        System.out.println("(b) embedding proposals alone, cosine >= " + THRESHOLD + ": " + alone);
        assertThat(alone.recall()).isGreaterThan(0.6);
        assertThat(alone.precision()).isLessThan(0.9);
    }

    @Test
    void everyConfirmedMergeNamesTwoReviewedEntriesOfDifferentExactGroups() {
        ReviewIndex review = ReviewIndex.bundled();
        var exact = DuplicateGrouping.exactOnly(measurement.items()).labels();
        for (EntryPair pair : EntryPairs.fromClasspath(BundledBank.MERGES).pairs()) {
            assertThat(review.find(pair.first())).as(pair.first()).isPresent();
            assertThat(review.find(pair.second())).as(pair.second()).isPresent();
            assertThat(exact.get(pair.first())).as(pair.toString()).isNotEqualTo(exact.get(pair.second()));
            assertThat(pair.reason()).as(pair.toString()).isNotBlank();
        }
    }
}
