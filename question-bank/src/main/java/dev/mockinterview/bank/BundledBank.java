package dev.mockinterview.bank;

import dev.mockinterview.bank.build.BankBuilder;
import dev.mockinterview.bank.build.ReviewedCorpus;
import dev.mockinterview.bank.curation.CuratedReferences;
import dev.mockinterview.bank.dedupe.EntryPairs;
import dev.mockinterview.bank.importing.DocumentImporter;
import dev.mockinterview.bank.importing.ImportResult;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.importing.corpus.CorpusFormats;
import dev.mockinterview.bank.review.ReviewEntry;
import dev.mockinterview.bank.review.ReviewIndex;
import dev.mockinterview.bank.search.SearchableQuestionBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
        BankBuilder builder = new BankBuilder(
                review,
                EntryPairs.fromClasspath(MERGES),
                EntryPairs.fromClasspath(RELATED),
                CuratedReferences.loadBundled());
        return builder.build(entries(review));
    }

    /**
     * The parsed entries of the bundled corpus. A document is read by its format adapter when the adapter finds
     * exactly the questions the review file lists for it; otherwise (no adapter for the layout yet, or drift) it is
     * read by the review file's boundaries, so the bank never loses or gains entries.
     */
    public static List<ParsedEntry> entries(ReviewIndex review) {
        Map<String, byte[]> raw = ReviewedCorpus.rawDocuments(review.documents());
        DocumentImporter importer = new DocumentImporter(CorpusFormats.adapters());
        List<ParsedEntry> entries = new ArrayList<>();
        List<ParsedEntry> fallback = null;
        for (Map.Entry<String, byte[]> document : raw.entrySet()) {
            ImportResult imported = importer.importDocument(document.getKey(), document.getValue(), null);
            Set<Integer> expected = new TreeSet<>();
            review.entries().stream()
                    .filter(e -> e.document().equals(document.getKey()))
                    .map(ReviewEntry::line)
                    .forEach(expected::add);
            Set<Integer> found = new TreeSet<>();
            imported.entries().forEach(e -> found.add(e.line()));
            if (!expected.isEmpty() && expected.equals(found)) {
                entries.addAll(imported.entries());
                continue;
            }
            if (fallback == null) {
                fallback = new ReviewedCorpus(review).entries(ReviewedCorpus.documents(raw));
            }
            fallback.stream()
                    .filter(e -> e.document().equals(document.getKey()))
                    .forEach(entries::add);
        }
        return entries;
    }
}
