package dev.mockinterview.api.session.interview;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.api.grading.GradeView;
import dev.mockinterview.api.security.Caller;
import dev.mockinterview.api.session.grading.GradedAnswer;
import dev.mockinterview.api.store.Answer;
import dev.mockinterview.api.store.AnswerKind;
import dev.mockinterview.api.store.AskedQuestion;
import dev.mockinterview.api.store.FollowUpState;
import dev.mockinterview.api.store.InterviewSession;
import dev.mockinterview.api.store.Mode;
import dev.mockinterview.api.store.NewAnswer;
import dev.mockinterview.api.store.QuestionStatus;
import dev.mockinterview.api.store.QuestionTurn;
import dev.mockinterview.api.store.SessionStatus;
import dev.mockinterview.api.store.StoredGrade;
import dev.mockinterview.bank.Question;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One connection's side of the interview. Client messages, deadlines, arriving grades and take-overs are events of
 * one queue, handled one at a time, so nothing of a connection races; every fact that matters is written to the
 * store before the client hears of it, and what is held here (the timer, the phase) is rebuilt from the store on
 * {@code resume}.
 */
public final class Conversation {

    private static final Logger log = LoggerFactory.getLogger(Conversation.class);
    /** WebSocket close code after another connection resumed this session. */
    public static final int TAKEN_OVER_CLOSE_CODE = 4000;

    private final Caller caller;
    private final InterviewConductor conductor;
    private final Sinks.Many<ServerMessage> outbound = Sinks.many().unicast().onBackpressureBuffer();
    private final Sinks.Many<Event> events = Sinks.many().unicast().onBackpressureBuffer();
    private volatile @Nullable Integer closeCode;
    /** The session this connection runs; read and written only while an event is handled. */
    private @Nullable Live live;

    Conversation(Caller caller, InterviewConductor conductor) {
        this.caller = caller;
        this.conductor = conductor;
    }

    /** What to send, in order; completes when the connection should close (see {@link #closeCode()}). */
    public Flux<ServerMessage> outbound() {
        return outbound.asFlux();
    }

    /** The close code to close the connection with once {@link #outbound()} completed, if any. */
    public Optional<Integer> closeCode() {
        return Optional.ofNullable(closeCode);
    }

    /** Handles the client's messages, one after another with everything else, until the client stops. */
    public Mono<Void> consume(Flux<ClientMessage> inbound) {
        Flux<Event> fromClient =
                inbound.<Event>map(Event.FromClient::new).concatWith(Mono.fromRunnable(this::endEvents));
        return Flux.merge(fromClient, events.asFlux())
                .concatMap(this::handle)
                .then()
                .doFinally(signal -> detach());
    }

    /** Another connection resumed this session; told from that connection's thread. */
    void takenOver(UUID sessionId) {
        emit(new Event.TakenOver(sessionId));
    }

    private sealed interface Event {
        record FromClient(ClientMessage message) implements Event {}

        record DeadlinePassed(UUID sessionId, int index, int ask) implements Event {}

        record GradeArrived(GradedAnswer graded) implements Event {}

        record TakenOver(UUID sessionId) implements Event {}
    }

    /** Where the current question stands. */
    private enum Phase {
        /** Waiting for an answer to the current ask, under its deadline. */
        ASKING,
        /** Practice: the current answer is stored and waits for its grade. */
        GRADING,
        /** Practice: a follow-up was asked; an answer, a skip or a retry. */
        FOLLOW_UP,
        /** Practice, manual pace: waiting for {@code next} (or a retry). */
        WAITING_NEXT,
        /** Every question is settled; the summary comes when every grade is in. */
        FINISHED,
        /** The summary was sent. */
        DONE
    }

    /** The session this connection runs and where it stands, all of it rebuilt from the store on resume. */
    private static final class Live {
        InterviewSession session;
        final Pace pace;
        final List<Question> questions;
        int index;
        Phase phase = Phase.ASKING;
        int asks;
        Instant deadline = Instant.EPOCH;
        /** Answers stored for the current question: the next one's attempt is this plus one. */
        int answers;

        @Nullable
        UUID awaited;

        @Nullable
        FollowUpState followUp;

        final Map<Integer, GradeResult> gradesOfCurrent = new HashMap<>();
        final Map<UUID, Answer> ungraded = new HashMap<>();
        final Set<UUID> delivered = new HashSet<>();
        final Map<UUID, Long> receivedNanos = new HashMap<>();

        @Nullable
        Disposable timer;

        @Nullable
        Disposable grades;

        Live(InterviewSession session, Pace pace, List<Question> questions) {
            this.session = session;
            this.pace = pace;
            this.questions = List.copyOf(questions);
        }

        UUID id() {
            return session.id();
        }

        Question current() {
            return questions.get(index);
        }

        boolean practice() {
            return session.mode() == Mode.PRACTICE;
        }

        void cancelTimer() {
            if (timer != null) {
                timer.dispose();
                timer = null;
            }
        }
    }

    // ---- the event loop

    private Mono<Void> handle(Event event) {
        return Mono.defer(() -> dispatch(event)).onErrorResume(e -> {
            report(e);
            return Mono.empty();
        });
    }

    private Mono<Void> dispatch(Event event) {
        if (event instanceof Event.FromClient client) {
            conductor.metrics.received(client.message().type());
            return onMessage(client.message());
        }
        if (event instanceof Event.DeadlinePassed deadline) {
            return onDeadline(deadline);
        }
        if (event instanceof Event.GradeArrived grade) {
            return onGrade(grade.graded());
        }
        if (event instanceof Event.TakenOver takeover) {
            Live l = live;
            if (l != null && l.id().equals(takeover.sessionId())) {
                lose(l);
            }
            return Mono.empty();
        }
        return Mono.error(new IllegalStateException("unknown event " + event));
    }

    private void report(Throwable error) {
        if (error instanceof ApiException api && api.code() == ErrorCode.SESSION_CHANGED && live != null) {
            // Another instance resumed the session: its version moved on under us.
            Live l = live;
            conductor.live.release(l.id(), this);
            lose(l);
            return;
        }
        if (error instanceof ApiException api) {
            sendError(api.code(), api.getMessage(), api.details());
            return;
        }
        log.warn("interview message failed", error);
        sendError(ErrorCode.INTERNAL, "Something went wrong on our side; the session is kept, try again.", Map.of());
    }

    private Mono<Void> onMessage(ClientMessage message) {
        if (message instanceof ClientMessage.Ping) {
            send(new ServerMessage.Pong());
            return Mono.empty();
        }
        if (message instanceof ClientMessage.Invalid invalid) {
            return Mono.error(new ApiException(invalid.code(), invalid.message(), invalid.details()));
        }
        if (message instanceof ClientMessage.Start start) {
            return start(start);
        }
        if (message instanceof ClientMessage.Resume resume) {
            return resume(resume);
        }
        Live l = live;
        if (l == null || l.phase == Phase.DONE) {
            return Mono.error(new ApiException(
                    ErrorCode.NO_ACTIVE_SESSION,
                    "Start or resume a session first.",
                    Map.of("messageType", message.type())));
        }
        if (message instanceof ClientMessage.Answer answer) {
            return answer(l, answer);
        }
        if (message instanceof ClientMessage.Skip skip) {
            return skip(l, skip.questionId());
        }
        if (message instanceof ClientMessage.Next) {
            return next(l);
        }
        if (message instanceof ClientMessage.Retry retry) {
            return retry(l, retry.questionId());
        }
        if (message instanceof ClientMessage.End) {
            return end(l);
        }
        return Mono.error(new IllegalStateException("unhandled message " + message.type()));
    }

    // ---- starting and resuming

    private Mono<Void> start(ClientMessage.Start start) {
        requireNoSession();
        return conductor.start(caller, start).flatMap(opened -> {
            Live l = begin(opened.session(), opened.pace(), opened.questions());
            send(new ServerMessage.Session(
                    l.id(), opened.resumeToken(), l.questions.size(), mode(l), l.pace.wire(), false, 0));
            return ask(l, 0);
        });
    }

    private void requireNoSession() {
        Live l = live;
        if (l != null && l.phase != Phase.DONE) {
            throw new ApiException(
                    ErrorCode.NOT_ALLOWED_NOW,
                    "This connection runs session " + l.id() + "; end it first or open another connection.");
        }
    }

    private Live begin(InterviewSession session, Pace pace, List<Question> questions) {
        Live l = new Live(session, pace, questions);
        UUID id = session.id();
        l.grades = conductor
                .grading
                .graded()
                .filter(g -> g.answer().sessionId().equals(id))
                .subscribe(g -> emit(new Event.GradeArrived(g)), e -> log.warn("grade stream failed", e));
        live = l;
        conductor.live.hold(id, this);
        return l;
    }

    private Mono<Void> resume(ClientMessage.Resume resume) {
        requireNoSession();
        return conductor.restore(caller, resume).flatMap(restored -> {
            Live l = begin(restored.session(), restored.pace(), restored.questions());
            int total = l.questions.size();
            send(new ServerMessage.Session(
                    l.id(),
                    resume.resumeToken(),
                    total,
                    mode(l),
                    l.pace.wire(),
                    true,
                    Math.min(l.session.currentIndex(), total)));
            Map<UUID, GradeResult> grades = restored.transcript().grades().stream()
                    .collect(Collectors.toMap(StoredGrade::answerId, StoredGrade::result));
            for (Answer answer : restored.transcript().answers()) {
                if (grades.containsKey(answer.id())) {
                    l.delivered.add(answer.id());
                } else {
                    l.ungraded.put(answer.id(), answer);
                }
            }
            l.ungraded.values().forEach(this::gradeNow);
            if (l.session.status() != SessionStatus.ACTIVE || l.session.currentIndex() >= total) {
                l.index = total;
                l.phase = Phase.FINISHED;
                return maybeSummary(l);
            }
            return continueAt(l, l.session.currentIndex(), restored, grades);
        });
    }

    /** Continues a resumed session at its current question, exactly where the last connection stopped. */
    private Mono<Void> continueAt(
            Live l, int index, InterviewConductor.Restored restored, Map<UUID, GradeResult> grades) {
        Optional<AskedQuestion> asked = restored.transcript().questions().stream()
                .filter(q -> q.index() == index)
                .findFirst();
        Optional<QuestionTurn> turn =
                restored.turns().stream().filter(t -> t.index() == index).findFirst();
        if (asked.isEmpty() || turn.isEmpty()) {
            return ask(l, index);
        }
        l.index = index;
        l.asks = turn.get().asks();
        l.deadline = turn.get().deadline();
        l.followUp = turn.get().followUp();
        String questionId = asked.get().questionId();
        List<Answer> mine = restored.transcript().answers().stream()
                .filter(a -> a.questionId().equals(questionId))
                .sorted(Comparator.comparingInt(Answer::attempt))
                .toList();
        l.answers = mine.size();
        mine.stream()
                .filter(a -> grades.containsKey(a.id()))
                .forEach(a -> l.gradesOfCurrent.put(a.attempt(), grades.get(a.id())));
        QuestionStatus status = asked.get().status();
        if (status == QuestionStatus.SKIPPED || status == QuestionStatus.TIMED_OUT) {
            return moveOn(l);
        }
        long asksAnswered =
                mine.stream().filter(a -> a.kind() != AnswerKind.FOLLOW_UP).count();
        if (asksAnswered < l.asks) {
            l.phase = Phase.ASKING;
            if (conductor.clock.instant().isAfter(conductor.limits.closesAt(l.deadline))) {
                return timedOut(l);
            }
            // The timer first: once the client sees the question it may act (or a test clock may jump), and the
            // wait must be measured from the moment the question was sent, not from whenever the timer gets set.
            schedule(l);
            sendQuestion(l);
            return Mono.empty();
        }
        if (!l.practice()) {
            return moveOn(l);
        }
        Answer latest = mine.get(mine.size() - 1);
        l.phase = Phase.GRADING;
        l.awaited = latest.id();
        GradeResult grade = grades.get(latest.id());
        if (grade == null) {
            return Mono.empty(); // its grade arrives as an event, and the conversation goes on from there
        }
        l.awaited = null;
        return onGraded(l, latest, grade);
    }

    // ---- asking

    private Mono<Void> ask(Live l, int index) {
        Question question = l.questions.get(index);
        Instant deadline = conductor.clock.instant().plus(conductor.limits.of(question.difficulty()));
        return conductor
                .sessions
                .recordAsked(l.id(), index, question.id(), question.topic(), deadline)
                .doOnNext(asked -> {
                    l.index = index;
                    l.asks = 1;
                    l.deadline = asked.deadline();
                    l.answers = 0;
                    l.awaited = null;
                    l.followUp = null;
                    l.gradesOfCurrent.clear();
                    l.phase = Phase.ASKING;
                    schedule(l);
                    sendQuestion(l);
                })
                .then();
    }

    private void sendQuestion(Live l) {
        Question q = l.current();
        send(new ServerMessage.Question(
                l.index,
                l.questions.size(),
                q.id(),
                q.topic(),
                conductor.topicName(q.topic()),
                q.question(),
                q.difficulty(),
                conductor.limits.of(q.difficulty()).toSeconds(),
                l.deadline,
                TimeLimits.remainingSeconds(conductor.clock.instant(), l.deadline),
                l.asks));
    }

    private void schedule(Live l) {
        l.cancelTimer();
        Duration wait = Duration.between(conductor.clock.instant(), conductor.limits.closesAt(l.deadline));
        Event passed = new Event.DeadlinePassed(l.id(), l.index, l.asks);
        l.timer = Mono.delay(wait.isNegative() ? Duration.ZERO : wait).subscribe(tick -> emit(passed));
    }

    private Mono<Void> onDeadline(Event.DeadlinePassed passed) {
        Live l = live;
        if (l == null
                || !l.id().equals(passed.sessionId())
                || l.phase != Phase.ASKING
                || l.index != passed.index()
                || l.asks != passed.ask()) {
            return Mono.empty(); // answered, skipped or ended in the meantime
        }
        return timedOut(l);
    }

    /** Closes the current ask as timed out; a retry that runs out leaves the earlier answers standing. */
    private Mono<Void> timedOut(Live l) {
        l.cancelTimer();
        String questionId = l.current().id();
        Mono<Boolean> close = l.asks == 1
                ? conductor.sessions.closeQuestion(l.id(), questionId, QuestionStatus.TIMED_OUT)
                : Mono.just(true);
        return close.then(Mono.defer(() -> {
            send(new ServerMessage.Timeout(questionId));
            return moveOn(l);
        }));
    }

    /** The current question is settled: ask the next one, or finish after the last. */
    private Mono<Void> moveOn(Live l) {
        int next = l.index + 1;
        boolean last = next >= l.questions.size();
        return conductor
                .sessions
                .advance(l.session, next, last ? SessionStatus.FINISHED : SessionStatus.ACTIVE)
                .flatMap(moved -> {
                    l.session = moved;
                    if (last) {
                        l.index = next;
                        l.phase = Phase.FINISHED;
                        return maybeSummary(l);
                    }
                    return ask(l, next);
                });
    }

    // ---- the candidate's moves

    private Mono<Void> answer(Live l, ClientMessage.Answer answer) {
        checkQuestion(l, answer.questionId());
        AnswerKind kind;
        boolean late = false;
        Instant now = conductor.clock.instant();
        switch (l.phase) {
            case ASKING -> {
                kind = l.asks == 1 ? AnswerKind.ANSWER : AnswerKind.RETRY;
                late = now.isAfter(l.deadline);
            }
            case FOLLOW_UP -> kind = AnswerKind.FOLLOW_UP;
            default ->
                throw new ApiException(
                        ErrorCode.DUPLICATE_ANSWER,
                        "Question " + answer.questionId() + " is answered already.",
                        Map.of("questionId", answer.questionId()));
        }
        checkText(answer.text());
        long receivedNanos = System.nanoTime();
        NewAnswer toStore = new NewAnswer(l.id(), answer.questionId(), l.answers + 1, kind, answer.text(), late, now);
        return conductor.answers.store(toStore).flatMap(stored -> {
            l.answers++;
            l.cancelTimer();
            l.receivedNanos.put(stored.id(), receivedNanos);
            l.ungraded.put(stored.id(), stored);
            send(new ServerMessage.Grading(
                    stored.questionId(), stored.id(), stored.attempt(), wire(stored.kind()), stored.late()));
            gradeNow(stored);
            if (!l.practice()) {
                return moveOn(l);
            }
            l.phase = Phase.GRADING;
            l.awaited = stored.id();
            return Mono.<Void>empty();
        });
    }

    private void checkQuestion(Live l, String questionId) {
        if (l.phase == Phase.FINISHED || l.phase == Phase.DONE) {
            throw new ApiException(
                    ErrorCode.QUESTION_CLOSED,
                    "The session is over; question " + questionId + " takes no more answers.",
                    Map.of("questionId", questionId));
        }
        String current = l.current().id();
        if (current.equals(questionId)) {
            return;
        }
        int position = l.questions.stream().map(Question::id).toList().indexOf(questionId);
        if (position >= 0 && position < l.index) {
            throw new ApiException(
                    ErrorCode.QUESTION_CLOSED,
                    "Question " + questionId + " was settled already; the current question is " + current + ".",
                    Map.of("questionId", questionId));
        }
        throw new ApiException(
                ErrorCode.WRONG_QUESTION,
                "The current question is " + current + ", not " + questionId + ".",
                Map.of("questionId", current));
    }

    private void checkText(String text) {
        if (text.isBlank()) {
            throw new ApiException(ErrorCode.ANSWER_EMPTY, "The answer is empty.");
        }
        int length = text.codePointCount(0, text.length());
        if (length > conductor.maxAnswerChars) {
            throw new ApiException(
                    ErrorCode.ANSWER_TOO_LONG,
                    "The answer has " + length + " characters; at most " + conductor.maxAnswerChars + " are taken.",
                    Map.of("limit", conductor.maxAnswerChars, "length", length));
        }
    }

    private Mono<Void> skip(Live l, String questionId) {
        checkQuestion(l, questionId);
        if (l.phase == Phase.ASKING) {
            l.cancelTimer();
            Mono<Boolean> close = l.asks == 1
                    ? conductor.sessions.closeQuestion(l.id(), questionId, QuestionStatus.SKIPPED)
                    : Mono.just(true);
            return close.then(Mono.defer(() -> moveOn(l)));
        }
        if (l.phase == Phase.FOLLOW_UP) {
            return conductor
                    .turns
                    .recordFollowUp(l.id(), questionId, FollowUpState.DECLINED)
                    .then(Mono.defer(() -> {
                        l.followUp = FollowUpState.DECLINED;
                        return settled(l);
                    }));
        }
        throw notNow("Nothing waits for an answer to skip; " + waitingFor(l) + ".");
    }

    private Mono<Void> next(Live l) {
        if (l.phase != Phase.WAITING_NEXT) {
            throw notNow("next is for manual pace after a grade; " + waitingFor(l) + ".");
        }
        return moveOn(l);
    }

    private Mono<Void> retry(Live l, String questionId) {
        if (!l.practice()) {
            throw notNow("Retries are for practice sessions.");
        }
        checkQuestion(l, questionId);
        if (l.phase != Phase.WAITING_NEXT && l.phase != Phase.FOLLOW_UP) {
            throw notNow("A question can be retried once it is graded; " + waitingFor(l) + ".");
        }
        int retries = l.asks - 1;
        if (retries >= conductor.settings.maxRetries()) {
            throw new ApiException(
                    ErrorCode.NOT_ALLOWED_NOW,
                    "Question " + questionId + " was retried " + retries + " times already.",
                    Map.of("questionId", questionId, "limit", conductor.settings.maxRetries()));
        }
        Instant deadline =
                conductor.clock.instant().plus(conductor.limits.of(l.current().difficulty()));
        return conductor.turns.recordRetry(l.id(), questionId, deadline).then(Mono.fromRunnable(() -> {
            l.asks++;
            l.deadline = deadline;
            l.awaited = null;
            l.phase = Phase.ASKING;
            schedule(l);
            sendQuestion(l);
        }));
    }

    private Mono<Void> end(Live l) {
        if (l.phase == Phase.FINISHED) {
            throw notNow("The session is over; its summary comes when every grade is in.");
        }
        l.cancelTimer();
        Mono<Boolean> close = l.phase == Phase.ASKING && l.asks == 1
                ? conductor.sessions.closeQuestion(l.id(), l.current().id(), QuestionStatus.SKIPPED)
                : Mono.just(true);
        return close.then(Mono.defer(
                        () -> conductor.sessions.advance(l.session, l.questions.size(), SessionStatus.FINISHED)))
                .flatMap(moved -> {
                    l.session = moved;
                    l.index = l.questions.size();
                    l.phase = Phase.FINISHED;
                    return maybeSummary(l);
                });
    }

    // ---- grades

    private void gradeNow(Answer answer) {
        conductor
                .grading
                .gradeNow(answer)
                .subscribe(
                        graded -> emit(new Event.GradeArrived(graded)),
                        e -> log.warn("grading answer {} failed; it stays on the grading queue", answer.id(), e));
    }

    private Mono<Void> onGrade(GradedAnswer graded) {
        Live l = live;
        UUID answerId = graded.answer().id();
        if (l == null || !l.id().equals(graded.answer().sessionId()) || !l.delivered.add(answerId)) {
            return Mono.empty();
        }
        l.ungraded.remove(answerId);
        if (!l.practice()) {
            return maybeSummary(l);
        }
        if (answerId.equals(l.awaited)) {
            l.awaited = null;
            return onGraded(l, graded.answer(), graded.grade().result());
        }
        send(graded(l, graded.answer(), graded.grade().result()));
        return maybeSummary(l);
    }

    /** Practice: tells the grade of the current question's answer, then follows up or moves on. */
    private Mono<Void> onGraded(Live l, Answer answer, GradeResult result) {
        send(graded(l, answer, result));
        l.gradesOfCurrent.put(answer.attempt(), result);
        Long received = l.receivedNanos.remove(answer.id());
        if (received != null) {
            conductor.metrics.graded(Duration.ofNanos(System.nanoTime() - received));
        }
        if (l.phase == Phase.FINISHED) {
            return maybeSummary(l);
        }
        if (answer.kind() == AnswerKind.ANSWER && l.followUp != FollowUpState.DECLINED) {
            List<String> points = conductor.followUps.points(result);
            if (!points.isEmpty()) {
                Mono<Void> record = l.followUp == FollowUpState.OFFERED
                        ? Mono.empty()
                        : conductor.turns.recordFollowUp(l.id(), answer.questionId(), FollowUpState.OFFERED);
                return record.then(Mono.fromRunnable(() -> {
                    l.followUp = FollowUpState.OFFERED;
                    l.phase = Phase.FOLLOW_UP;
                    send(new ServerMessage.FollowUp(answer.questionId(), points, FollowUps.question(points)));
                }));
            }
        }
        return settled(l);
    }

    private ServerMessage.Graded graded(Live l, Answer answer, GradeResult result) {
        ServerMessage.Previous previous = null;
        if (answer.kind() == AnswerKind.RETRY) {
            previous = l.gradesOfCurrent.entrySet().stream()
                    .filter(e -> e.getKey() < answer.attempt())
                    .max(Map.Entry.comparingByKey())
                    .map(e -> new ServerMessage.Previous(
                            Summaries.decimal(e.getValue().score()),
                            e.getValue().keyPoints().stream()
                                    .filter(p -> p.status() == PointStatus.COVERED)
                                    .map(KeyPointResult::text)
                                    .toList()))
                    .orElse(null);
        }
        return new ServerMessage.Graded(
                answer.questionId(),
                answer.id(),
                answer.attempt(),
                wire(answer.kind()),
                answer.late(),
                GradeView.of(result),
                previous);
    }

    /** The current question needs nothing more: on to the next, now or on {@code next}. */
    private Mono<Void> settled(Live l) {
        if (l.pace == Pace.AUTO) {
            return moveOn(l);
        }
        l.phase = Phase.WAITING_NEXT;
        return Mono.empty();
    }

    private Mono<Void> maybeSummary(Live l) {
        if (l.phase != Phase.FINISHED || !l.ungraded.isEmpty()) {
            return Mono.empty();
        }
        return conductor
                .summaries
                .of(l.id())
                .doOnNext(summary -> {
                    send(summary);
                    l.phase = Phase.DONE;
                    stop(l);
                    conductor.live.release(l.id(), this);
                })
                .then();
    }

    // ---- connection

    private void lose(Live l) {
        stop(l);
        live = null;
        sendError(
                ErrorCode.SESSION_TAKEN_OVER,
                "Another connection resumed session " + l.id() + "; this one closes.",
                Map.of("sessionId", l.id()));
        closeCode = TAKEN_OVER_CLOSE_CODE;
        synchronized (outbound) {
            outbound.tryEmitComplete();
        }
    }

    private static void stop(Live l) {
        l.cancelTimer();
        if (l.grades != null) {
            l.grades.dispose();
        }
    }

    private void detach() {
        Live l = live;
        if (l != null) {
            stop(l);
            conductor.live.release(l.id(), this);
        }
        endEvents();
        synchronized (outbound) {
            outbound.tryEmitComplete();
        }
    }

    private void endEvents() {
        synchronized (events) {
            events.tryEmitComplete();
        }
    }

    private void emit(Event event) {
        synchronized (events) {
            events.tryEmitNext(event);
        }
    }

    private void send(ServerMessage message) {
        synchronized (outbound) {
            outbound.tryEmitNext(message);
        }
    }

    private void sendError(ErrorCode code, String message, Map<String, Object> details) {
        conductor.metrics.errorSent(code);
        send(new ServerMessage.Error(code.name(), message, details));
    }

    private static ApiException notNow(String message) {
        return new ApiException(ErrorCode.NOT_ALLOWED_NOW, message);
    }

    private static String waitingFor(Live l) {
        return switch (l.phase) {
            case ASKING -> "question " + l.current().id() + " waits for an answer";
            case GRADING -> "the answer is being graded";
            case FOLLOW_UP -> "the follow-up waits for an answer or a skip";
            case WAITING_NEXT -> "the session waits for next";
            case FINISHED, DONE -> "the session is over";
        };
    }

    private static String mode(Live l) {
        return l.session.mode().name().toLowerCase(Locale.ROOT);
    }

    private static String wire(AnswerKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
