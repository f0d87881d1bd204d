package dev.mockinterview.api.load;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives a running service (see {@code scripts/load.sh}). Phases, chosen with {@code --phase=}:
 *
 * <ul>
 *   <li>{@code answers}: practice sessions answered one answer at a time; per answer, the client's time from sending
 *       {@code answer} to receiving {@code graded} and the service's own timers read from its Prometheus scrape before
 *       and after (the grader's time {@code grader.grade.latency}, the service's {@code
 *       interview.session.answer.to.graded}); the difference is the service's overhead beyond grading. Then the same
 *       with {@code --parallel} connections at once, compared by means (grades overlap, so they cannot be paired).
 *   <li>{@code idle}: {@code --connections} connections, each with a started session waiting on its first question,
 *       held for {@code --hold} (longer than the idle timeout: the client answers pings, so none should close), then
 *       the heap the service uses and how many connections are still open.
 * </ul>
 *
 * The service must allow that many active sessions per user ({@code interview.session.max-active-per-user}) and have
 * follow-ups off for the answers phase ({@code interview.session.follow-ups=false}), so {@code graded} is followed by
 * the next question.
 */
public final class LoadRun {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String ANSWER = "我的理解是，这个问题要从原理、实现和取舍三个方面回答。原理上，模型通过注意力机制为序列中的每个位置"
            + "计算与其他位置的相关性，再按权重汇总信息，因此能够捕捉长距离依赖；实现上要注意缩放点积、掩码和多头的拆分与拼接，"
            + "训练时配合残差连接和层归一化让深层网络稳定收敛；取舍上，计算量随序列长度平方增长，长文本需要稀疏注意力、滑动窗口"
            + "或者线性注意力等近似方法，推理时还可以用 KV cache 减少重复计算。实际项目里我会先用小规模实验验证效果，再根据延迟和"
            + "显存预算选择方案，并用离线评测和线上指标一起判断改动是否真的有效。";

    private final Map<String, String> options;
    private final URI base;
    private final URI socket;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ServiceMetrics metrics;

    private LoadRun(Map<String, String> options) {
        this.options = options;
        this.base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8080"));
        this.socket = URI.create(base.toString().replaceFirst("^http", "ws") + "/ws/interview");
        this.metrics = new ServiceMetrics(base);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        LoadRun run = new LoadRun(options);
        String phase = options.getOrDefault("phase", "all");
        System.out.println("load run " + Instant.now() + " against " + run.base + ", " + options);
        if (phase.equals("answers") || phase.equals("all")) {
            run.sequentialAnswers(run.number("answers", 100));
            run.parallelAnswers(run.number("parallel", 8), run.number("answers-each", 20));
        }
        if (phase.equals("idle") || phase.equals("all")) {
            run.idleSessions(run.number("connections", 10_000), run.number("concurrency", 200));
        }
        System.exit(0);
    }

    private void sequentialAnswers(int answers) throws Exception {
        HttpClient client = HttpClient.newConnection();
        List<Double> clientMs = new ArrayList<>();
        List<Double> storedMs = new ArrayList<>();
        List<Double> gradingServiceMs = new ArrayList<>();
        List<Double> gradeMs = new ArrayList<>();
        List<Double> serviceMs = new ArrayList<>();
        List<Double> clientOverMs = new ArrayList<>();
        List<Double> serviceOverMs = new ArrayList<>();
        int done = 0;
        int round = 0;
        while (done < answers) {
            int count = Math.min(20, answers - done);
            LoadConnection connection = new LoadConnection(client, socket, json, true);
            connection.send(start(count, 1000L + round++));
            connection.expect("session", WAIT);
            JsonNode question = connection.expect("question", WAIT);
            for (int i = 0; i < count; i++) {
                ServiceMetrics.Scrape before = metrics.scrape();
                long sent = System.nanoTime();
                connection.send(answer(question));
                connection.expect("grading", WAIT);
                storedMs.add((System.nanoTime() - sent) / 1e6);
                connection.expect("graded", WAIT);
                double client1 = (System.nanoTime() - sent) / 1e6;
                ServiceMetrics.Scrape after = settledAfter(before);
                gradingServiceMs.add(delta(before, after, "interview_api_grade_seconds_sum") * 1000);
                double grade = delta(before, after, "grader_grade_latency_seconds_sum") * 1000;
                double service = delta(before, after, "interview_session_answer_to_graded_seconds_sum") * 1000;
                clientMs.add(client1);
                gradeMs.add(grade);
                serviceMs.add(service);
                clientOverMs.add(client1 - grade);
                serviceOverMs.add(service - grade);
                done++;
                if (i + 1 < count) {
                    question = connection.expect("question", WAIT);
                }
            }
            connection.expect("summary", WAIT);
            connection.close();
        }
        System.out.println();
        System.out.println("## answer to graded, one answer at a time (" + answers + " answers)");
        System.out.println("| measure | p50 ms | p95 ms | max ms | mean ms |");
        System.out.println("|---|---|---|---|---|");
        row("client: answer sent to graded received", clientMs);
        row("client: answer sent to grading (stored) received", storedMs);
        row("service: interview.session.answer.to.graded", serviceMs);
        row("grading service: interview.api.grade (scheduler + grader)", gradingServiceMs);
        row("grader: grader.grade.latency", gradeMs);
        row("overhead seen by the client (client - grader)", clientOverMs);
        row("service overhead (service - grader)", serviceOverMs);
    }

    private void parallelAnswers(int parallel, int each) throws Exception {
        HttpClient client = HttpClient.newConnection();
        ConcurrentLinkedQueue<Double> clientMs = new ConcurrentLinkedQueue<>();
        ServiceMetrics.Scrape before = metrics.scrape();
        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        List<Future<?>> runs = new ArrayList<>();
        for (int p = 0; p < parallel; p++) {
            long seed = 5000L + p;
            runs.add(threads.submit(() -> {
                LoadConnection connection = new LoadConnection(client, socket, json, true);
                connection.send(start(each, seed));
                connection.expect("session", WAIT);
                JsonNode question = connection.expect("question", WAIT);
                for (int i = 0; i < each; i++) {
                    long sent = System.nanoTime();
                    connection.send(answer(question));
                    connection.expect("graded", WAIT);
                    clientMs.add((System.nanoTime() - sent) / 1e6);
                    if (i + 1 < each) {
                        question = connection.expect("question", WAIT);
                    }
                }
                connection.expect("summary", WAIT);
                connection.close();
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        threads.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        ServiceMetrics.Scrape after = metrics.scrape();
        double grades = delta(before, after, "grader_grade_latency_seconds_count");
        double gradeMean = delta(before, after, "grader_grade_latency_seconds_sum") * 1000 / grades;
        double apiMean = delta(before, after, "interview_api_grade_seconds_sum")
                * 1000
                / delta(before, after, "interview_api_grade_seconds_count");
        double serviceMean = delta(before, after, "interview_session_answer_to_graded_seconds_sum")
                * 1000
                / delta(before, after, "interview_session_answer_to_graded_seconds_count");
        List<Double> latencies = new ArrayList<>(clientMs);
        System.out.println();
        System.out.printf(
                "## answer to graded, %d connections at once, %d answers each (%d answers in %.1f s, %.1f/s)%n",
                parallel, each, latencies.size(), seconds, latencies.size() / seconds);
        System.out.println("| measure | p50 ms | p95 ms | max ms | mean ms |");
        System.out.println("|---|---|---|---|---|");
        row("client: answer sent to graded received", latencies);
        System.out.printf("| service: interview.session.answer.to.graded | | | | %.1f |%n", serviceMean);
        System.out.printf("| grading service: interview.api.grade (queue + grader) | | | | %.1f |%n", apiMean);
        System.out.printf("| grader: grader.grade.latency | | | | %.1f |%n", gradeMean);
        System.out.printf(
                "| service overhead beyond the grading service (means) | | | | %.1f |%n", serviceMean - apiMean);
        System.out.printf("| service overhead beyond the grader (means) | | | | %.1f |%n", serviceMean - gradeMean);
    }

    private void idleSessions(int connections, int concurrency) throws Exception {
        HttpClient client = HttpClient.newConnection().runOn(LoopResources.create("load", 2, true));
        ServiceMetrics.Scrape before = metrics.scrape();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        List<LoadConnection> held = Collections.synchronizedList(new ArrayList<>());
        Flux.range(0, connections)
                .flatMap(
                        i -> {
                            LoadConnection connection = new LoadConnection(client, socket, json, false);
                            connection.send(start(1, 90_000L + i));
                            return connection
                                    .firstQuestion()
                                    .timeout(WAIT)
                                    .doOnNext(question -> held.add(connection))
                                    .onErrorResume(error -> {
                                        if (errors.incrementAndGet() <= 5) {
                                            firstErrors.add(error.getClass().getSimpleName() + " (client side: "
                                                    + connection.failure() + ", open " + connection.isOpen() + ")");
                                        }
                                        connection.close();
                                        return Mono.empty();
                                    });
                        },
                        concurrency)
                .blockLast(Duration.ofHours(1));
        double openSeconds = (System.nanoTime() - started) / 1e9;
        System.out.println();
        System.out.printf(
                "## idle sessions: %d asked, %d started in %.1f s (%.0f/s), %d errors %s%n",
                connections, held.size(), openSeconds, held.size() / openSeconds, errors.get(), firstErrors);
        report("after opening", before);
        Duration hold =
                Duration.parse("PT" + options.getOrDefault("hold", "100s").toUpperCase());
        Thread.sleep(hold.toMillis());
        long open = held.stream().filter(LoadConnection::isOpen).count();
        Map<Integer, Integer> closes = new LinkedHashMap<>();
        held.stream().filter(c -> !c.isOpen()).forEach(c -> closes.merge(c.closeCode(), 1, Integer::sum));
        System.out.printf(
                "after holding %s: %d of %d still open, closed by code %s%n", hold, open, held.size(), closes);
        report("after holding", before);
        held.forEach(LoadConnection::close);
    }

    private void report(String when, ServiceMetrics.Scrape before) throws Exception {
        ServiceMetrics.Scrape now = metrics.scrape();
        System.out.printf(
                "%s: service heap used %.0f MiB (max %.0f MiB), open connections %.0f, active sessions %.0f, "
                        + "socket closes %s, live threads %.0f%n",
                when,
                now.sum("jvm_memory_used_bytes", "area=\"heap\"") / (1 << 20),
                now.sum("jvm_memory_max_bytes", "area=\"heap\"") / (1 << 20),
                now.sum("interview_socket_connections"),
                now.sum("interview_session_active"),
                closes(before, now),
                now.sum("jvm_threads_live_threads"));
    }

    private static String closes(ServiceMetrics.Scrape before, ServiceMetrics.Scrape now) {
        StringBuilder text = new StringBuilder();
        for (String reason : List.of("normal", "idle", "rate", "size")) {
            String label = "reason=\"" + reason + "\"";
            text.append(reason)
                    .append('=')
                    .append((long) (now.sum("interview_socket_closed_total", label)
                            - before.sum("interview_socket_closed_total", label)))
                    .append(' ');
        }
        return text.toString().trim();
    }

    /** The scrape after one answer, once the service has recorded both the grade and the graded message. */
    private ServiceMetrics.Scrape settledAfter(ServiceMetrics.Scrape before) throws Exception {
        for (int attempt = 0; ; attempt++) {
            ServiceMetrics.Scrape after = metrics.scrape();
            boolean graded = delta(before, after, "grader_grade_latency_seconds_count") >= 1;
            boolean sent = delta(before, after, "interview_session_answer_to_graded_seconds_count") >= 1;
            if ((graded && sent) || attempt == 50) {
                if (delta(before, after, "grader_grade_latency_seconds_count") != 1
                        || delta(before, after, "interview_session_answer_to_graded_seconds_count") != 1) {
                    throw new IllegalStateException("expected exactly one grade and one graded between scrapes");
                }
                return after;
            }
            Thread.sleep(20);
        }
    }

    private static double delta(ServiceMetrics.Scrape before, ServiceMetrics.Scrape after, String metric) {
        return after.sum(metric) - before.sum(metric);
    }

    private static Map<String, Object> start(int count, long seed) {
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("type", "start");
        start.put("count", count);
        start.put("mode", "practice");
        start.put("grader", "embedding");
        start.put("seed", seed);
        return start;
    }

    private static Map<String, Object> answer(JsonNode question) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("type", "answer");
        answer.put("questionId", question.path("questionId").asString());
        answer.put("text", ANSWER);
        return answer;
    }

    private static void row(String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        System.out.printf(
                "| %s | %.1f | %.1f | %.1f | %.1f |%n",
                name, percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.get(sorted.size() - 1), mean);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(rank - 1, 0));
    }

    private int number(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }
}
