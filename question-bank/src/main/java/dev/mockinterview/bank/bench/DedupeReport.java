package dev.mockinterview.bank.bench;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.mockinterview.bank.BundledBank;
import dev.mockinterview.bank.dedupe.DedupeMeasurement;
import dev.mockinterview.bank.dedupe.DuplicateGrouping;
import dev.mockinterview.bank.dedupe.EmbeddingProposals;
import dev.mockinterview.bank.dedupe.EntryPair;
import dev.mockinterview.bank.dedupe.EntryPairs;
import dev.mockinterview.bank.review.ReviewIndex;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints the deduplication figures against the review clusters and the embedding proposals a curator should read:
 * {@code ./mvnw -q -pl question-bank exec:java -Dexec.mainClass=dev.mockinterview.bank.bench.DedupeReport}.
 */
public final class DedupeReport {

    public static final double THRESHOLD = 0.85;

    private DedupeReport() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--related")) {
            printRelated(System.out, THRESHOLD);
            return;
        }
        double threshold = args.length > 0 ? Double.parseDouble(args[0]) : THRESHOLD;
        print(System.out, threshold);
    }

    /**
     * Related-question candidates as {@code related.tsv} lines: embedding neighbours at or above the threshold that
     * the merge list keeps apart, in the same reviewed topic, with the same Latin words. The last rule is there because
     * the model cannot tell Latin identifiers apart: {@code LoRA 的特点} and {@code QLoRA 的特点} embed identically.
     */
    static void printRelated(PrintStream out, double threshold) {
        ReviewIndex review = ReviewIndex.bundled();
        DedupeMeasurement measurement = new DedupeMeasurement(review);
        EntryPairs merges = EntryPairs.fromClasspath(BundledBank.MERGES);
        Map<String, String> built =
                new DuplicateGrouping(merges).group(measurement.items()).labels();
        Map<String, String> questions = measurement.items().stream()
                .collect(Collectors.toMap(DuplicateGrouping.Item::id, DuplicateGrouping.Item::question));
        Set<String> seen = new HashSet<>();
        EmbeddingProposals proposals = measurement.proposals(new BgeSmallZhV15QuantizedEmbeddingModel());
        for (EmbeddingProposals.Proposal p : proposals.above(threshold)) {
            String a = built.get(p.first());
            String b = built.get(p.second());
            if (a.equals(b)
                    || !review.find(p.first())
                            .orElseThrow()
                            .topic()
                            .equals(review.find(p.second()).orElseThrow().topic())
                    || !latinWords(questions.get(p.first())).equals(latinWords(questions.get(p.second())))
                    || !seen.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a)) {
                continue;
            }
            out.printf(Locale.ROOT, "%s\t%s\tembedding neighbours, cosine %.3f%n", p.first(), p.second(), p.cosine());
        }
    }

    private static Set<String> latinWords(String text) {
        Set<String> words = new java.util.TreeSet<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9-]*").matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    static void print(PrintStream out, double threshold) {
        ReviewIndex review = ReviewIndex.bundled();
        DedupeMeasurement measurement = new DedupeMeasurement(review);
        EntryPairs merges = EntryPairs.fromClasspath(BundledBank.MERGES);
        out.println("(a) exact keys only:        " + measurement.exactOnly());
        out.println("(c) exact + confirmed merges: " + measurement.exactAndMerges(merges));
        EmbeddingProposals proposals = measurement.proposals(new BgeSmallZhV15QuantizedEmbeddingModel());
        for (double t = 0.70; t < 0.99; t += 0.05) {
            out.printf(Locale.ROOT, "(b) embeddings alone >= %.2f: %s%n", t, measurement.embeddingsAlone(proposals, t));
        }
        out.printf(
                Locale.ROOT,
                "(b) embeddings alone >= %.2f: %s%n",
                threshold,
                measurement.embeddingsAlone(proposals, threshold));
        Map<String, String> questions = measurement.items().stream()
                .collect(Collectors.toMap(DuplicateGrouping.Item::id, DuplicateGrouping.Item::question));
        Map<String, String> exact =
                DuplicateGrouping.exactOnly(measurement.items()).labels();
        Set<EntryPair> confirmed = new HashSet<>();
        merges.pairs().forEach(p -> confirmed.add(new EntryPair(p.first(), p.second(), "")));
        Function<String, String> text = id -> id + " " + questions.get(id);
        out.println("Proposals across exact groups, not in the merge list (for review):");
        proposals.above(threshold).stream()
                .filter(p -> !exact.get(p.first()).equals(exact.get(p.second())))
                .filter(p -> !confirmed.contains(new EntryPair(p.first(), p.second(), "")))
                .forEach(p -> out.printf(
                        Locale.ROOT,
                        "  %.3f %s | %s | %s%n",
                        p.cosine(),
                        measurement.sameCluster(p.first(), p.second()) ? "SAME  " : "OTHER ",
                        text.apply(p.first()),
                        text.apply(p.second())));
    }
}
