package dev.mockinterview.api.session.interview;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.api.security.Caller;
import dev.mockinterview.api.session.grading.AnswerGrading;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.InterviewSession;
import dev.mockinterview.api.store.Mode;
import dev.mockinterview.api.store.QuestionTurn;
import dev.mockinterview.api.store.QuestionTurns;
import dev.mockinterview.api.store.SessionPlan;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.SessionStatus;
import dev.mockinterview.api.store.Transcript;
import dev.mockinterview.api.store.TranscriptQueries;
import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import dev.mockinterview.bank.Topic;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The interviewer's shared side: opens a {@link Conversation} per connection, and starts and restores sessions
 * in the store. Conversations reach their collaborators through it.
 */
public final class InterviewConductor {

    final InterviewSettings settings;
    final int maxAnswerChars;
    private final boolean llmConfigured;
    final TimeLimits limits;
    final FollowUps followUps;
    final Summaries summaries;
    final SessionRepository sessions;
    final AnswerRepository answers;
    final QuestionTurns turns;
    final AnswerGrading grading;
    final Clock clock;
    final LiveSessions live;
    final InterviewMetrics metrics;
    private final QuestionPicker picker;
    private final TranscriptQueries transcripts;
    private final QuestionBank bank;
    private volatile @Nullable Map<String, String> topicNames;

    InterviewConductor(
            InterviewSettings settings,
            int maxAnswerChars,
            boolean llmConfigured,
            QuestionBank bank,
            SessionRepository sessions,
            AnswerRepository answers,
            QuestionTurns turns,
            TranscriptQueries transcripts,
            AnswerGrading grading,
            Clock clock,
            LiveSessions live,
            InterviewMetrics metrics) {
        this.settings = settings;
        this.maxAnswerChars = maxAnswerChars;
        this.llmConfigured = llmConfigured;
        this.bank = bank;
        this.sessions = sessions;
        this.answers = answers;
        this.turns = turns;
        this.transcripts = transcripts;
        this.grading = grading;
        this.clock = clock;
        this.live = live;
        this.metrics = metrics;
        this.limits = new TimeLimits(settings);
        this.followUps = new FollowUps(settings);
        this.summaries = new Summaries(transcripts, bank);
        this.picker = new QuestionPicker(bank, sessions, settings, clock);
    }

    /** A new conversation for a connection that acts for this caller. */
    public Conversation open(Caller caller) {
        return new Conversation(caller, this);
    }

    /** A session just stored, with the questions it asks. */
    record Opened(InterviewSession session, String resumeToken, Pace pace, List<Question> questions) {
        @Override
        public String toString() {
            return "Opened[session=" + session.id() + "]";
        }
    }

    /** A session taken over by a resume, with everything stored about it. */
    record Restored(
            InterviewSession session,
            Pace pace,
            List<Question> questions,
            Transcript transcript,
            List<QuestionTurn> turns) {}

    /**
     * Picks the questions and stores the session: {@code INVALID_FILTER} or {@code NO_QUESTIONS_MATCH} for the
     * filters, {@code TOO_MANY_SESSIONS} when the user has as many active sessions as allowed.
     */
    Mono<Opened> start(Caller caller, ClientMessage.Start start) {
        return Mono.defer(() -> {
            Mode mode = start.mode() == null
                    ? Mode.PRACTICE
                    : Mode.valueOf(start.mode().toUpperCase(Locale.ROOT));
            Pace pace = start.pace() == null ? Pace.AUTO : Pace.fromWire(start.pace());
            String grader = start.grader() == null ? "auto" : start.grader();
            if (grader.equals("llm") && !llmConfigured) {
                // Refused now: every answer of the session would otherwise wait on the grading queue for ever.
                throw new ApiException(
                        ErrorCode.GRADER_NOT_CONFIGURED,
                        "No LLM is configured on this server; start with grader embedding or auto.",
                        Map.of("grader", grader));
            }
            QuestionFilter filter = new QuestionFilter(
                    start.topics() == null ? List.of() : start.topics(),
                    start.count() == null ? settings.defaultCount() : start.count(),
                    start.difficulty(),
                    start.trustedOnly() == null || start.trustedOnly(),
                    start.seed(),
                    start.spread() == null || start.spread());
            picker.check(filter);
            return belowSessionLimit(caller)
                    .then(picker.pick(caller.userId(), filter))
                    .flatMap(questions -> sessions.create(new SessionPlan(
                                    caller.userId(),
                                    mode,
                                    grader,
                                    start.seed(),
                                    questions.stream().map(Question::id).toList()))
                            .flatMap(started -> turns.setPace(started.session().id(), pace.wire())
                                    .thenReturn(
                                            new Opened(started.session(), started.resumeToken(), pace, questions))));
        });
    }

    private Mono<Void> belowSessionLimit(Caller caller) {
        return turns.abandonIdle(caller.userId(), clock.instant().minus(settings.abandonAfter()))
                .then(sessions.countActive(caller.userId()))
                .flatMap(active -> active >= settings.maxActivePerUser()
                        ? Mono.error(new ApiException(
                                ErrorCode.TOO_MANY_SESSIONS,
                                "You have " + active + " active sessions; finish or end one first.",
                                Map.of("limit", settings.maxActivePerUser())))
                        : Mono.empty());
    }

    /**
     * Takes the caller's session over with its resume token and reads back all of it: {@code SESSION_NOT_FOUND}
     * for someone else's session, {@code BAD_RESUME_TOKEN} for a wrong token.
     */
    Mono<Restored> restore(Caller caller, ClientMessage.Resume resume) {
        return sessions.findOwned(resume.sessionId(), caller.userId())
                .then(sessions.resume(resume.sessionId(), resume.resumeToken()))
                // A session marked abandoned for being idle is active again once its owner comes back to it.
                .flatMap(session -> session.status() == SessionStatus.ABANDONED
                        ? sessions.advance(session, session.currentIndex(), SessionStatus.ACTIVE)
                        : Mono.just(session))
                .then(Mono.zip(
                        transcripts.transcript(resume.sessionId()),
                        turns.turns(resume.sessionId()).collectList(),
                        turns.pace(resume.sessionId())))
                .map(parts -> {
                    Transcript transcript = parts.getT1();
                    List<Question> questions = transcript.session().questionIds().stream()
                            .map(id -> bank.find(id)
                                    .orElseThrow(() -> new ApiException(
                                            ErrorCode.QUESTION_NOT_FOUND,
                                            "Question " + id + " of this session is no longer in the bank.",
                                            Map.of("questionId", id))))
                            .toList();
                    return new Restored(
                            transcript.session(), Pace.fromWire(parts.getT3()), questions, transcript, parts.getT2());
                });
    }

    String topicName(String topic) {
        Map<String, String> names = topicNames;
        if (names == null) {
            // The bank is immutable once built; read lazily because it is built in the background at start-up.
            names = bank.topics().stream().collect(Collectors.toUnmodifiableMap(Topic::id, Topic::name));
            topicNames = names;
        }
        return names.getOrDefault(topic, topic);
    }
}
