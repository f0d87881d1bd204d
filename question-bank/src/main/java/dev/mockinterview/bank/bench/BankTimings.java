package dev.mockinterview.bank.bench;

import dev.mockinterview.bank.BundledBank;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.bank.QuestionQuery;
import dev.mockinterview.bank.build.BankBuilder;
import dev.mockinterview.bank.curation.CuratedReference;
import dev.mockinterview.bank.curation.CuratedReferences;
import dev.mockinterview.bank.dedupe.EntryPairs;
import dev.mockinterview.bank.importing.ParsedEntry;
import dev.mockinterview.bank.review.ReviewIndex;
import dev.mockinterview.bank.search.SearchableQuestionBank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the bundled bank: the cold build in a fresh JVM (raw files to searchable bank, no model involved), warm
 * rebuilds, and search latency p50/p95 over a fixed set of queries.
 *
 * <p>{@code ./mvnw -q -pl question-bank compile exec:java -Dexec.mainClass=dev.mockinterview.bank.bench.BankTimings}
 */
public final class BankTimings {

    private static final List<String> QUERIES = List.of(
            "幻觉",
            "LoRA",
            "KV cache",
            "位置编码",
            "RAG 的流程",
            "微调 显存",
            "vLLM",
            "复读机",
            "PPO DPO",
            "灾难性遗忘",
            "向量数据库",
            "LangChain",
            "RoPE 外推",
            "QLoRA 4-bit",
            "数据并行",
            "SFT 数据",
            "Self-attention",
            "ZeRO",
            "tokenizer BPE",
            "评测");
    private static final int WARM_BUILDS = 5;
    private static final int SEARCH_ROUNDS = 200;

    private BankTimings() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        List<Question> questions = BundledBank.questions();
        long built = System.nanoTime();
        QuestionBank bank = new SearchableQuestionBank(questions);
        long indexed = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "cold build (fresh JVM): %d ms to questions + %d ms to index = %d ms, %d questions%n",
                ms(built - start),
                ms(indexed - built),
                ms(indexed - start),
                questions.size());

        long[] warm = new long[WARM_BUILDS];
        for (int i = 0; i < WARM_BUILDS; i++) {
            long t = System.nanoTime();
            BundledBank.load();
            warm[i] = System.nanoTime() - t;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "warm rebuild, median of %d: %d ms%n", WARM_BUILDS, ms(warm[WARM_BUILDS / 2]));
        long t0 = System.nanoTime();
        ReviewIndex review = ReviewIndex.bundled();
        long t1 = System.nanoTime();
        List<ParsedEntry> entries = BundledBank.entries(review);
        long t2 = System.nanoTime();
        List<CuratedReference> curated = CuratedReferences.loadBundled();
        long t3 = System.nanoTime();
        List<Question> rebuilt = new BankBuilder(
                        review,
                        EntryPairs.fromClasspath(BundledBank.MERGES),
                        EntryPairs.fromClasspath(BundledBank.RELATED),
                        curated)
                .build(entries);
        long t4 = System.nanoTime();
        new SearchableQuestionBank(rebuilt);
        long t5 = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "warm phases: review %d ms, parse corpus %d ms, curated %d ms, build %d ms, index %d ms%n",
                ms(t1 - t0),
                ms(t2 - t1),
                ms(t3 - t2),
                ms(t4 - t3),
                ms(t5 - t4));

        for (String query : QUERIES) {
            bank.query(new QuestionQuery(null, query, null, null, 0, 10));
        }
        List<Long> latencies = new ArrayList<>();
        long[][] byQuery = new long[QUERIES.size()][SEARCH_ROUNDS];
        for (int round = 0; round < SEARCH_ROUNDS; round++) {
            for (int q = 0; q < QUERIES.size(); q++) {
                long t = System.nanoTime();
                bank.query(new QuestionQuery(null, QUERIES.get(q), null, null, 0, 10));
                long took = System.nanoTime() - t;
                latencies.add(took);
                byQuery[q][round] = took;
            }
        }
        latencies.sort(Long::compare);
        StringBuilder medians = new StringBuilder();
        for (int q = 0; q < QUERIES.size(); q++) {
            Arrays.sort(byQuery[q]);
            medians.append(String.format(Locale.ROOT, " %s=%.2f", QUERIES.get(q), byQuery[q][SEARCH_ROUNDS / 2] / 1e6));
        }
        System.out.println("median ms per query:" + medians);
        System.out.printf(
                Locale.ROOT,
                "search over %d queries x %d rounds: p50 %.3f ms, p95 %.3f ms, max %.3f ms%n",
                QUERIES.size(),
                SEARCH_ROUNDS,
                percentile(latencies, 0.50),
                percentile(latencies, 0.95),
                latencies.get(latencies.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.ceil(p * sorted.size()) - 1) / 1e6;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
