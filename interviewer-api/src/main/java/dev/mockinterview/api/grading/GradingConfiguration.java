package dev.mockinterview.api.grading;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.embedding.EmbeddedGrader;
import dev.mockinterview.grading.embedding.EmbeddedGraderSettings;
import dev.mockinterview.grading.embedding.SingleThreadBgeSmallZhModel;
import dev.mockinterview.grading.hybrid.HybridGrader;
import dev.mockinterview.grading.llm.LlmGrader;
import dev.mockinterview.grading.metrics.GradingMetrics;
import dev.mockinterview.grading.metrics.MeteredGrader;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The graders this deployment runs and the scheduler they run on. The embedded grader always exists; the LLM
 * grader (and with it the hybrid grader behind {@code auto}) only when {@code interview.grader.llm.base-url} is set.
 */
@Configuration(proxyBeanMethods = false)
class GradingConfiguration {

    static final String SCHEDULER = "gradingScheduler";
    private static final Logger log = LoggerFactory.getLogger(GradingConfiguration.class);

    /**
     * Bounded on both sides: at most {@code threads} grades run at once and at most {@code queue} wait; beyond that
     * a grade is refused at once ({@code GRADING_BUSY}) instead of piling up memory and latency.
     */
    @Bean(name = SCHEDULER, destroyMethod = "dispose")
    Scheduler gradingScheduler(GradingSettings settings) {
        return Schedulers.newBoundedElastic(settings.threads(), settings.queue(), "grading", 60, true);
    }

    @Bean
    GradingMetrics gradingMetrics(MeterRegistry registry) {
        return new GradingMetrics(registry);
    }

    /**
     * Runs the ONNX inferences of the embedded grader, one text per run, one thread per core: a lone grade spreads
     * its spans over the cores, concurrent grades queue their spans here instead of oversubscribing the cores.
     */
    @Bean(destroyMethod = "shutdown")
    ExecutorService embeddingRuns() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
            Thread thread = new Thread(runnable, "embedding-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The bundled bge-small-zh model runs in-process: no network, loaded once, shared by all grades. Its vectors are
     * LangChain4j's own; LangChain4j's model would run each text with an intra-op thread pool as wide as the
     * machine, spinning beside the grading threads.
     */
    @Bean
    EmbeddedGrader embeddedGrader(ExecutorService embeddingRuns) {
        return new EmbeddedGrader(
                new SingleThreadBgeSmallZhModel(new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run), embeddingRuns),
                EmbeddedGraderSettings.defaults());
    }

    /** Falls back to the embedded grader, marked degraded, whenever the LLM cannot answer. */
    @Bean
    @Conditional(LlmConfigured.class)
    LlmGrader llmGrader(LlmSettings settings, EmbeddedGrader embedded, GradingMetrics metrics) {
        return LlmGrader.create(settings.toGraderSettings(), embedded, metrics);
    }

    @Bean
    Graders graders(EmbeddedGrader embedded, ObjectProvider<LlmGrader> llmGrader, GradingMetrics metrics) {
        AnswerGrader embedding = new MeteredGrader(embedded, metrics);
        LlmGrader llm = llmGrader.getIfAvailable();
        if (llm == null) {
            log.info("Grading with the embedded grader; no LLM configured (interview.grader.llm.base-url)");
            return new Graders(embedding, null, embedding);
        }
        log.info("Grading with the embedded grader and an LLM; auto means hybrid");
        return new Graders(
                embedding,
                new MeteredGrader(llm, metrics),
                new MeteredGrader(new HybridGrader(llm, embedded), metrics));
    }
}
