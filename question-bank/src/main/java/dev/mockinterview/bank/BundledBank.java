package dev.mockinterview.bank;

import dev.mockinterview.bank.build.BankBuilder;
import dev.mockinterview.bank.build.ReviewedCorpus;
import dev.mockinterview.bank.dedupe.EntryPairs;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.review.ReviewIndex;
import dev.mockinterview.bank.search.SearchableQuestionBank;
import java.util.List;

/**
 * The bank the project ships: built at start-up from the raw corpus on the classpath, its review file, the curated
 * merge and related lists and the curated references. No model is loaded, so the build is quick and the same on every
 * run.
 */
public final class BundledBank {

    public static final String MERGES = "bank/merges.tsv";
    public static final String RELATED = "bank/related.tsv";

    private BundledBank() {}

    public static QuestionBank load() {
        return new SearchableQuestionBank(questions());
    }

    /** The bundled questions without the search index. */
    public static List<Question> questions() {
        ReviewIndex review = ReviewIndex.bundled();
        BankBuilder builder =
                new BankBuilder(review, EntryPairs.fromClasspath(MERGES), EntryPairs.fromClasspath(RELATED), List.of());
        return builder.build(entries(review));
    }

    /** The parsed entries of the bundled corpus. */
    public static List<ParsedEntry> entries(ReviewIndex review) {
        return new ReviewedCorpus(review).entries(ReviewedCorpus.documents(review.documents()));
    }
}
