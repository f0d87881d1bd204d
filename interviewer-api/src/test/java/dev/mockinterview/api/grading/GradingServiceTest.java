package dev.mockinterview.api.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.bank.BundledBank;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.grading.AnswerGrader;
import dev.mockinterview.grading.GradeRequest;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.embedding.EmbeddedGrader;
import dev.mockinterview.grading.embedding.EmbeddedGraderSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Where and how long grading runs: on the bounded grading scheduler, refused when full, cut at the timeout. */
class GradingServiceTest {

    private static final GradeBody BODY = new GradeBody(
            null,
            "什么是 KV cache？",
            "自回归解码时缓存每层已算过的 Key 和 Value，新 token 只算自己的 K、V，避免重复计算。",
            null,
            "就是把之前 token 的 K 和 V 存起来，下一步不用重算。",
            "embedding");

    private static QuestionBank bank;
    private static EmbeddedGrader embedded;

    private final CountDownLatch release = new CountDownLatch(1);
    private Scheduler scheduler;

    @BeforeAll
    static void loadBankAndModel() {
        bank = BundledBank.load();
        embedded = new EmbeddedGrader(new BgeSmallZhV15QuantizedEmbeddingModel(), EmbeddedGraderSettings.defaults());
    }

    @AfterEach
    void releaseAndDispose() {
        release.countDown();
        scheduler.dispose();
    }

    @Test
    void gradesOnTheGradingSchedulerNeverOnTheCallersThread() {
        ThreadRecordingGrader recording = new ThreadRecordingGrader(embedded);
        GradingService service = service(recording, settings(2, 4, Duration.ofMinutes(2)));

        GradeResult result = Mono.defer(() -> service.grade(BODY))
                .subscribeOn(Schedulers.single())
                .block(Duration.ofMinutes(2));

        assertThat(result.grader()).isEqualTo(GraderKind.EMBEDDING);
        assertThat(recording.thread).startsWith("grading-");
    }

    @Test
    void refusesAGradeWhenEveryThreadAndQueueSlotIsTaken() throws InterruptedException {
        GatedGrader gated = new GatedGrader(embedded, release);
        GradingService service = service(gated, settings(1, 1, Duration.ofMinutes(2)));

        service.grade(BODY).subscribe();
        assertThat(gated.started.await(2, TimeUnit.MINUTES)).isTrue();
        service.grade(BODY).subscribe();

        assertThatThrownBy(() -> service.grade(BODY).block(Duration.ofMinutes(2)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.GRADING_BUSY));
    }

    @Test
    void failsWithGradingTimeoutWhenAGradeTakesTooLong() {
        GatedGrader gated = new GatedGrader(embedded, release);
        GradingService service = service(gated, settings(1, 1, Duration.ofMillis(200)));

        assertThatThrownBy(() -> service.grade(BODY).block(Duration.ofMinutes(2)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.GRADING_TIMEOUT));
    }

    private GradingService service(AnswerGrader grader, GradingSettings settings) {
        scheduler = new GradingConfiguration().gradingScheduler(settings);
        return new GradingService(
                new GradeIntake(bank, settings),
                new Graders(grader, null, grader),
                scheduler,
                settings,
                new SimpleMeterRegistry());
    }

    private static GradingSettings settings(int threads, int queue, Duration timeout) {
        return new GradingSettings(8000, 20000, 16, threads, queue, timeout);
    }

    /** The real grader, remembering which thread it ran on. */
    private static final class ThreadRecordingGrader implements AnswerGrader {
        private final AnswerGrader delegate;
        private volatile String thread = "";

        ThreadRecordingGrader(AnswerGrader delegate) {
            this.delegate = delegate;
        }

        @Override
        public GradeResult grade(GradeRequest request) {
            thread = Thread.currentThread().getName();
            return delegate.grade(request);
        }

        @Override
        public GraderKind kind() {
            return delegate.kind();
        }
    }

    /** The real grader behind a gate, standing for a slow model or LLM. */
    private static final class GatedGrader implements AnswerGrader {
        private final AnswerGrader delegate;
        private final CountDownLatch gate;
        private final CountDownLatch started = new CountDownLatch(1);

        GatedGrader(AnswerGrader delegate, CountDownLatch gate) {
            this.delegate = delegate;
            this.gate = gate;
        }

        @Override
        public GradeResult grade(GradeRequest request) {
            started.countDown();
            try {
                gate.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return delegate.grade(request);
        }

        @Override
        public GraderKind kind() {
            return delegate.kind();
        }
    }
}
