package dev.mockinterview.grading.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import dev.mockinterview.grading.ScoreFormula;
import dev.mockinterview.grading.metrics.GradingMetrics;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Grades with an LLM, and when the LLM cannot answer, with the fallback grader, marked {@code degraded} and {@code
 * llm_unavailable}: never an error, never a silent stand-in.
 *
 * <p>One grade: the cache; then a slot among {@code maxConcurrentCalls} workers (or a place in the bounded queue, or
 * an immediate fallback when that is full); then the call through the circuit breaker, retried after 408, 429 and
 * 5xx inside the deadline; then one repair request if the reply breaks the schema. The caller waits at most the
 * deadline for all of it.
 */
public final class LlmGrader implements AnswerGrader, AutoCloseable {

    private final LlmGraderSettings settings;
    private final ChatModel model;
    private final AnswerGrader fallback;
    private final GradingMetrics metrics;
    private final RandomGenerator random;
    private final CircuitBreaker circuitBreaker;
    private final ThreadPoolExecutor workers;
    private final GradeCache cache;
    private final VerdictParser parser = new VerdictParser();
    private final Backoff backoff;

    LlmGrader(
            LlmGraderSettings settings,
            ChatModel model,
            AnswerGrader fallback,
            GradingMetrics metrics,
            RandomGenerator random) {
        this.settings = settings;
        this.model = model;
        this.fallback = fallback;
        this.metrics = metrics;
        this.random = random;
        this.backoff = Backoff.of(settings.retry());
        this.cache = new GradeCache(settings.cacheSize());
        this.circuitBreaker = CircuitBreaker.of("llm-grader", circuitConfig(settings.circuitBreaker()));
        this.workers = new ThreadPoolExecutor(
                settings.concurrency().maxConcurrentCalls(),
                settings.concurrency().maxConcurrentCalls(),
                30,
                TimeUnit.SECONDS,
                settings.concurrency().queueCapacity() == 0
                        ? new java.util.concurrent.SynchronousQueue<>()
                        : new ArrayBlockingQueue<>(settings.concurrency().queueCapacity()),
                workerThreads(),
                new ThreadPoolExecutor.AbortPolicy());
        this.workers.allowCoreThreadTimeOut(true);
        metrics.registerCircuitState(CircuitBreaker.State.class, circuitBreaker::getState);
    }

    /**
     * The LLM grader for these settings.
     *
     * @param fallback grades when the LLM cannot (the embedded grader)
     */
    public static LlmGrader create(LlmGraderSettings settings, AnswerGrader fallback, GradingMetrics metrics) {
        return new LlmGrader(
                settings, ChatModels.create(settings, Clock.systemUTC()), fallback, metrics, new SecureRandom());
    }

    @Override
    public GradeResult grade(GradeRequest request) {
        LlmAttempt attempt = attempt(request);
        if (attempt instanceof LlmAttempt.Graded graded) {
            return graded.result();
        }
        LlmFailure failure = ((LlmAttempt.Unavailable) attempt).failure();
        return degraded(fallback.grade(request), failure);
    }

    @Override
    public GraderKind kind() {
        return GraderKind.LLM;
    }

    /** The LLM's own grade, or why there is none; never throws for an LLM failure, never calls the fallback. */
    public LlmAttempt attempt(GradeRequest request) {
        List<String> keyPoints = ReferencePoints.of(request);
        if (request.answer().isBlank()) {
            return new LlmAttempt.Graded(emptyAnswer(request, keyPoints), false);
        }
        GradeCache.Key key = GradeCache.keyOf(settings, request);
        var cached = cache.get(key);
        metrics.recordCache(cached.isPresent());
        if (cached.isPresent()) {
            return new LlmAttempt.Graded(cached.get(), true);
        }
        Deadline deadline = Deadline.after(settings.timeouts().deadline());
        GradingPrompt prompt =
                GradingPrompt.of(request.question(), request.referenceAnswer(), keyPoints, request.answer(), random);
        Future<LlmVerdict> pending;
        try {
            pending = workers.submit(() -> exchange(prompt, keyPoints.size(), deadline));
        } catch (RejectedExecutionException full) {
            return unavailable(LlmFailure.QUEUE_FULL);
        }
        try {
            LlmVerdict verdict = pending.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
            GradeResult result = VerdictGrading.grade(request, keyPoints, verdict);
            cache.put(key, result);
            return new LlmAttempt.Graded(result, false);
        } catch (TimeoutException late) {
            pending.cancel(true);
            return unavailable(LlmFailure.DEADLINE_EXCEEDED);
        } catch (InterruptedException interrupted) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return unavailable(LlmFailure.DEADLINE_EXCEEDED);
        } catch (ExecutionException failed) {
            return unavailable(FailureClassifier.classify(failed.getCause()).failure());
        }
    }

    /** The fallback grade, honest about being one. */
    public static GradeResult degraded(GradeResult fallbackResult, LlmFailure failure) {
        List<GradeFlag> flags = new ArrayList<>(fallbackResult.flags());
        if (!flags.contains(GradeFlag.LLM_UNAVAILABLE)) {
            flags.add(GradeFlag.LLM_UNAVAILABLE);
        }
        String note =
                "The LLM grader was unavailable (" + failure.tag() + "), so this grade comes from the embedded grader.";
        String feedback = fallbackResult.feedback().isBlank() ? note : fallbackResult.feedback() + "\n" + note;
        return new GradeResult(
                fallbackResult.score(),
                fallbackResult.grader(),
                true,
                fallbackResult.keyPoints(),
                feedback,
                flags,
                fallbackResult.referenceAnswer());
    }

    /** The circuit breaker's state, as the metrics show it. */
    public CircuitBreaker.State circuitState() {
        return circuitBreaker.getState();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private LlmAttempt unavailable(LlmFailure failure) {
        metrics.recordFallback(failure.tag());
        return new LlmAttempt.Unavailable(failure);
    }

    /** Runs on a worker: the call, its retries, and at most one repair. */
    private LlmVerdict exchange(GradingPrompt prompt, int keyPointCount, Deadline deadline) {
        String reply = call(prompt.messages(), deadline);
        try {
            return parser.parse(reply, keyPointCount);
        } catch (MalformedVerdictException broken) {
            metrics.recordLlmCall(LlmFailure.MALFORMED_VERDICT.tag());
            String repaired = call(prompt.repairMessages(reply, broken.problem()), deadline);
            try {
                return parser.parse(repaired, keyPointCount);
            } catch (MalformedVerdictException brokenAgain) {
                metrics.recordLlmCall(LlmFailure.MALFORMED_VERDICT.tag());
                throw new LlmCallException(LlmFailure.MALFORMED_VERDICT, null, null, brokenAgain);
            }
        }
    }

    /** One logical call: through the circuit breaker, retried on 408, 429 and 5xx while the deadline allows. */
    private String call(List<ChatMessage> messages, Deadline deadline) {
        ChatRequest request = ChatRequest.builder()
                .messages(messages)
                .responseFormat(VerdictSchema.responseFormat())
                .temperature(settings.temperature())
                .build();
        for (int retry = 0; ; retry++) {
            if (deadline.passed() || Thread.currentThread().isInterrupted()) {
                throw new LlmCallException(LlmFailure.DEADLINE_EXCEEDED);
            }
            try {
                ChatResponse response = circuitBreaker.executeSupplier(() -> chat(request));
                metrics.recordLlmCall("success");
                String text = response.aiMessage() == null
                        ? null
                        : response.aiMessage().text();
                return text == null ? "" : text;
            } catch (CallNotPermittedException open) {
                metrics.recordLlmCall(LlmFailure.CIRCUIT_OPEN.tag());
                throw new LlmCallException(LlmFailure.CIRCUIT_OPEN, null, null, open);
            } catch (LlmCallException failed) {
                metrics.recordLlmCall(failed.failure().tag());
                if (failed.failure().outcome() != LlmFailure.Outcome.RETRY
                        || retry >= settings.retry().maxRetries()) {
                    throw failed;
                }
                Duration wait = backoff.before(retry, failed.retryAfter(), random);
                if (!deadline.leavesTimeAfter(wait)) {
                    throw failed;
                }
                sleep(wait);
            }
        }
    }

    private ChatResponse chat(ChatRequest request) {
        try {
            return model.chat(request);
        } catch (RuntimeException thrown) {
            throw FailureClassifier.classify(thrown);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LlmCallException(LlmFailure.DEADLINE_EXCEEDED, null, null, interrupted);
        }
    }

    private GradeResult emptyAnswer(GradeRequest request, List<String> keyPoints) {
        List<KeyPointResult> points = keyPoints.stream()
                .map(point -> new KeyPointResult(point, PointStatus.MISSED, ""))
                .toList();
        List<GradeFlag> flags = List.of(GradeFlag.EMPTY);
        return new GradeResult(
                ScoreFormula.score(points.stream().map(KeyPointResult::status).toList(), flags),
                GraderKind.LLM,
                false,
                points,
                "The answer is empty.",
                flags,
                request.referenceAnswer());
    }

    private static CircuitBreakerConfig circuitConfig(LlmGraderSettings.CircuitBreaker breaker) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.window())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .failureRateThreshold(breaker.failureRatePercent())
                .slowCallRateThreshold(breaker.slowCallRatePercent())
                .slowCallDurationThreshold(breaker.slowCall())
                .waitDurationInOpenState(breaker.openFor())
                .permittedNumberOfCallsInHalfOpenState(breaker.halfOpenCalls())
                .recordException(LlmGrader::isEndpointFailure)
                .ignoreException(thrown -> !isEndpointFailure(thrown))
                .build();
    }

    private static boolean isEndpointFailure(@Nullable Throwable thrown) {
        return thrown instanceof LlmCallException failed && failed.failure().countsAgainstCircuit();
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "llm-grader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
