package dev.mockinterview.api.session.grading;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.api.grading.GradeBody;
import dev.mockinterview.api.grading.GradingService;
import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.AnswerKind;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.TranscriptQueries;
import dev.mockinterview.grading.GradeResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Grades stored answers through the durable grading queue. Whoever grades an answer claims it first, for the
 * storage lease (longer than the grading timeout), so of this instance's {@code gradeNow}, its recovery rounds and
 * other instances on the same database only one grades it; an answer leaves the queue only with its stored grade.
 * A grade that fails (a timeout, a busy grader, a database error) leaves the answer on the queue: its lease
 * runs out and the next claim grades it again. {@code gradeNow} fails ({@code GRADING_TIMEOUT}) only when three
 * leases pass without a grade; the answer is still queued then, and its grade comes on {@link #graded()} of the
 * instance that stores it.
 */
public final class DurableAnswerGrading implements AnswerGrading {

    private static final Logger log = LoggerFactory.getLogger(DurableAnswerGrading.class);

    /** Claims {@code gradeNow} tries, each after a lease has run out, before it leaves the answer to the worker. */
    private static final int ROUNDS = 3;

    private final AnswerRepository answers;
    private final SessionRepository sessions;
    private final TranscriptQueries transcripts;
    private final GradingService grading;
    private final GradedText text;
    private final GradingMeters meters;
    private final String owner;
    private final Duration lease;
    private final Duration pollInterval;
    private final Sinks.Many<GradedAnswer> feed = Sinks.many().multicast().directBestEffort();

    DurableAnswerGrading(
            AnswerRepository answers,
            SessionRepository sessions,
            TranscriptQueries transcripts,
            GradingService grading,
            GradedText text,
            GradingMeters meters,
            String owner,
            Duration lease,
            Duration pollInterval) {
        this.answers = answers;
        this.sessions = sessions;
        this.transcripts = transcripts;
        this.grading = grading;
        this.text = text;
        this.meters = meters;
        this.owner = owner;
        this.lease = lease;
        this.pollInterval = pollInterval;
    }

    @Override
    public Mono<GradedAnswer> gradeNow(Answer answer) {
        // Deferred: a claim reads the clock when it is made, and a caller may subscribe later than it asks.
        return Mono.defer(() -> attempt(answer, 1));
    }

    @Override
    public Flux<GradedAnswer> graded() {
        return feed.asFlux();
    }

    /** This instance's name on its claims. */
    String owner() {
        return owner;
    }

    /**
     * Claims this answer and grades it; when the claim is not ours, it is graded already (that grade) or someone
     * holds it: then the grade is awaited for one lease, after which a claim of ours can succeed. Our own failed
     * grade is retried the same way, once our lease has run out.
     */
    private Mono<GradedAnswer> attempt(Answer answer, int round) {
        return answers.claim(answer.id(), owner, lease)
                .flatMap(claimed -> claimed ? gradeClaimed(answer) : stored(answer))
                .switchIfEmpty(Mono.defer(() -> awaitGrade(answer)))
                .switchIfEmpty(Mono.defer(() -> round < ROUNDS
                        ? attempt(answer, round + 1)
                        : Mono.error(new ApiException(
                                ErrorCode.GRADING_TIMEOUT,
                                "No grade for answer " + answer.id() + " yet; it stays queued and is graded later",
                                Map.of("answerId", answer.id().toString())))));
    }

    /**
     * One recovery round: claims up to {@code batch} answers without a grade or a live claim and grades them all
     * at once, again while whole batches come back, then refreshes the waiting gauge. Completes with the number
     * of answers claimed; never fails, since the next round tries again.
     */
    Mono<Integer> recover(int batch) {
        return recoverBatches(batch, 0)
                .flatMap(claimed ->
                        answers.countUngraded().doOnNext(meters::waiting).thenReturn(claimed))
                .onErrorResume(e -> {
                    log.warn("Grading recovery round failed; the next round retries", e);
                    return Mono.just(0);
                });
    }

    private Mono<Integer> recoverBatches(int batch, int claimedBefore) {
        return answers.claimUngraded(owner, batch, lease).collectList().flatMap(claimed -> {
            if (claimed.isEmpty()) {
                return Mono.just(claimedBefore);
            }
            Mono<Void> graded = Flux.fromIterable(claimed)
                    .flatMap(answer -> gradeClaimed(answer).doOnNext(g -> meters.recovered()), claimed.size())
                    .then();
            int total = claimedBefore + claimed.size();
            return claimed.size() < batch
                    ? graded.thenReturn(total)
                    : graded.then(Mono.defer(() -> recoverBatches(batch, total)));
        });
    }

    /**
     * Grades an answer this instance has claimed, stores the grade and publishes it. Empty when the grade failed:
     * the answer stays on the queue under our lease, which runs out for a later claim.
     */
    private Mono<GradedAnswer> gradeClaimed(Answer answer) {
        return body(answer)
                .flatMap(this::grade)
                .flatMap(result -> answers.storeGrade(answer.id(), result)
                        .flatMap(storedNow -> stored(answer).doOnNext(graded -> {
                            if (storedNow) {
                                meters.stored(answer, graded.grade().result());
                                publish(graded);
                            }
                        })))
                .onErrorResume(e -> {
                    meters.failed();
                    String code = e instanceof ApiException api
                            ? api.code().name()
                            : e.getClass().getSimpleName();
                    log.warn("Grading answer {} failed ({}); it stays queued for a later round", answer.id(), code);
                    return Mono.empty();
                });
    }

    /**
     * Grades are stored on several threads at once (the store's, a PostgreSQL event loop); the lock takes them
     * one by one into the sink, which refuses concurrent emissions rather than waiting, and a grade nobody listens
     * for is dropped, as a hot feed does.
     */
    private void publish(GradedAnswer graded) {
        synchronized (feed) {
            feed.tryEmitNext(graded);
        }
    }

    /** The grade body: the session's grader choice, and the answer's text or, for a follow-up, the supplement. */
    private Mono<GradeBody> body(Answer answer) {
        if (answer.kind() == AnswerKind.FOLLOW_UP) {
            return transcripts
                    .transcript(answer.sessionId())
                    .map(t -> body(
                            answer, text.of(answer, t.answers()), t.session().grader()));
        }
        return sessions.find(answer.sessionId()).map(s -> body(answer, text.of(answer, List.of()), s.grader()));
    }

    private static GradeBody body(Answer answer, String text, String grader) {
        return new GradeBody(answer.questionId(), null, null, null, text, grader);
    }

    /**
     * A session that chose the LLM outlives a restart without one configured: its answers are graded by the best
     * grader this deployment runs rather than never.
     */
    private Mono<GradeResult> grade(GradeBody body) {
        return grading.grade(body)
                .onErrorResume(
                        e -> e instanceof ApiException api && api.code() == ErrorCode.GRADER_NOT_CONFIGURED,
                        e -> grading.grade(new GradeBody(body.questionId(), null, null, null, body.answer(), "auto")));
    }

    private Mono<GradedAnswer> stored(Answer answer) {
        return answers.grade(answer.id()).map(grade -> new GradedAnswer(answer, grade));
    }

    /**
     * The grade someone else is working on, for at most one lease: looked for in the store every poll interval,
     * and taken at once when this instance's own worker is the one that stores it.
     */
    private Mono<GradedAnswer> awaitGrade(Answer answer) {
        Mono<GradedAnswer> polled = answers.grade(answer.id())
                .repeatWhenEmpty(Integer.MAX_VALUE, empties -> empties.delayElements(pollInterval))
                .map(grade -> new GradedAnswer(answer, grade));
        Mono<GradedAnswer> publishedHere =
                feed.asFlux().filter(g -> g.answer().id().equals(answer.id())).next();
        return Mono.firstWithValue(publishedHere, polled).timeout(lease, Mono.empty());
    }

    static String defaultOwner() {
        return "grader-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
