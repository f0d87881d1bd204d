package dev.mockinterview.grading.benchmark;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.ReferenceQuality;
import dev.mockinterview.grading.embedding.BatchedBgeSmallZhModel;
import dev.mockinterview.grading.embedding.EmbeddedGrader;
import dev.mockinterview.grading.embedding.EmbeddedGraderSettings;
import dev.mockinterview.grading.embedding.SingleThreadBgeSmallZhModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The embedded grader on a 500-character answer with 6 key points, one grading thread. The key points are cached
 * after the first call, as in production; the answer's spans are embedded on every call.
 *
 * <p>Run (pin to one core with taskset, so that ONNX Runtime's own threads share it):
 *
 * <pre>
 * taskset -c 0 ./mvnw -B -q -pl grader test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.mockinterview.grading.benchmark.EmbeddedGraderBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Threads(1)
public class EmbeddedGraderBenchmark {

    static final String QUESTION = "Transformer 的自注意力机制是怎么工作的？多头注意力和缩放有什么作用？";

    static final String REFERENCE = "自注意力把输入通过三个矩阵投影成 Q、K、V，用 Q 与 K 的点积除以根号 d_k 后做 softmax 得到注意力权重，"
            + "再对 V 加权求和。缩放是为了防止点积过大使 softmax 进入梯度很小的饱和区。多头注意力把表示切成多个子空间并行计算，"
            + "各头关注不同的关系，最后拼接后再做一次线性变换。自注意力可以并行处理整个序列，并直接建模任意两个位置之间的长距离依赖，"
            + "代价是计算和显存随序列长度平方增长。";

    static final List<String> KEY_POINTS = List.of(
            "输入通过三个矩阵投影成 Q、K、V",
            "Q 与 K 的点积除以根号 d_k 后做 softmax 得到权重，再对 V 加权求和",
            "缩放防止点积过大使 softmax 进入梯度很小的饱和区",
            "多头注意力把表示切成多个子空间并行计算，各头关注不同关系，最后拼接再线性变换",
            "可以并行处理整个序列，直接建模长距离依赖",
            "计算和显存随序列长度平方增长");

    static final String ANSWER = "自注意力的核心是让序列里每个 token 去看其他所有 token。具体做法是，输入的向量先分别乘上三个可学习的矩阵，"
            + "得到 query、key 和 value。然后拿每个 query 去和所有的 key 做点积，得到一个相关性的分数，这个分数要除以根号 d_k，"
            + "再过一个 softmax 变成权重，最后用这些权重把 value 加权求和，就是这个位置的输出。为什么要除以根号 d_k 呢，"
            + "因为维度大的时候点积的方差会变得很大，softmax 会被推到非常尖的地方，梯度几乎为零，训练就不稳定了，缩放一下能把分布拉回来。"
            + "多头的意思是把 hidden 维度切成好几份，每个头有自己的一套 Q K V 投影，各自在不同的子空间里算注意力，"
            + "有的头可能关注语法关系，有的头关注指代关系，算完之后把所有头的结果拼起来，再乘一个输出矩阵 W_O。"
            + "跟 RNN 比，自注意力不需要一步一步地递推，整个序列可以一次并行算完，而且任意两个位置之间的距离都是一步，"
            + "长距离依赖更容易学到。不过它的问题是计算量和显存都和序列长度的平方成正比，序列很长的时候开销非常大，"
            + "所以后来才有了 FlashAttention、稀疏注意力和各种线性注意力的改进。整体来说，自注意力加上多头和缩放，"
            + "就是 Transformer 能够又快又好地建模序列的关键。";

    private EmbeddedGrader grader;
    private EmbeddedGrader withExecutorGrader;
    private EmbeddedGrader batchedGrader;
    private EmbeddedGrader singleThreadGrader;
    private EmbeddedGrader coresGrader;
    private ExecutorService cores;
    private GradeRequest request;

    @Setup(Level.Trial)
    public void loadModel() {
        BgeSmallZhV15QuantizedEmbeddingModel oneByOne = new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run);
        grader = new EmbeddedGrader(oneByOne, EmbeddedGraderSettings.defaults());
        withExecutorGrader =
                new EmbeddedGrader(new BgeSmallZhV15QuantizedEmbeddingModel(), EmbeddedGraderSettings.defaults());
        batchedGrader = new EmbeddedGrader(new BatchedBgeSmallZhModel(oneByOne), EmbeddedGraderSettings.defaults());
        singleThreadGrader =
                new EmbeddedGrader(new SingleThreadBgeSmallZhModel(oneByOne), EmbeddedGraderSettings.defaults());
        cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        });
        coresGrader =
                new EmbeddedGrader(new SingleThreadBgeSmallZhModel(oneByOne, cores), EmbeddedGraderSettings.defaults());
        request = new GradeRequest(QUESTION, REFERENCE, KEY_POINTS, ANSWER, ReferenceQuality.TRUSTED);
    }

    @Benchmark
    public double gradeFiveHundredCharactersSixPoints() {
        return grader.grade(request).score();
    }

    /** LangChain4j's model as the service constructed it before: each span handed to its own executor. */
    @Benchmark
    public double gradeFiveHundredCharactersSixPointsLangChain4jExecutor() {
        return withExecutorGrader.grade(request).score();
    }

    /** The same runs and vectors as LangChain4j's, on the calling thread, ONNX Runtime on one non-spinning thread. */
    @Benchmark
    public double gradeFiveHundredCharactersSixPointsSingleThread() {
        return singleThreadGrader.grade(request).score();
    }

    /** As the service runs it: the same runs, spread over a pool of one thread per core (one when pinned). */
    @Benchmark
    public double gradeFiveHundredCharactersSixPointsSingleThreadOnCores() {
        return coresGrader.grade(request).score();
    }

    /** Two grades at once, LangChain4j's model as the service constructed it before (run without taskset). */
    @Benchmark
    @Threads(2)
    public double twoGradesAtOnceLangChain4jExecutor() {
        return withExecutorGrader.grade(request).score();
    }

    /** Two grades at once, as the service runs them now (run without taskset). */
    @Benchmark
    @Threads(2)
    public double twoGradesAtOnceSingleThreadOnCores() {
        return coresGrader.grade(request).score();
    }

    @TearDown(Level.Trial)
    public void stopPool() {
        cores.shutdown();
    }

    /** The same grade with every span of the answer in one padded ONNX run. */
    @Benchmark
    public double gradeFiveHundredCharactersSixPointsBatched() {
        return batchedGrader.grade(request).score();
    }

    /**
     * Runs in this JVM ({@code forks(0)}): {@code exec:java} puts the test classpath in a class loader, which a forked
     * JMH JVM would not see.
     */
    public static void main(String[] args) throws RunnerException {
        System.out.printf("answer: %d characters, %d key points%n", ANSWER.length(), KEY_POINTS.size());
        new Runner(new OptionsBuilder()
                        .include(EmbeddedGraderBenchmark.class.getSimpleName())
                        .forks(0)
                        .build())
                .run();
    }
}
