package dev.mockinterview.api.store;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sessions and the questions asked in them. Moving a session forward names the version it was read at, so a
 * connection that lost its session to another one gets {@code SESSION_CHANGED} instead of overwriting it.
 */
public final class SessionRepository {

    static final String COLUMNS = "id, user_id, mode, grader, seed, question_ids, current_index, status,"
            + " resume_token_hash, created_at, updated_at, version";

    private final Database database;
    private final Clock clock;
    private final SecretTokens tokens = new SecretTokens();

    public SessionRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Stores a new active session at its first question and gives it with its resume token. */
    public Mono<StartedSession> create(SessionPlan plan) {
        String token = tokens.generate();
        Instant now = Timestamps.stored(clock.instant());
        InterviewSession session = new InterviewSession(
                UUID.randomUUID(),
                plan.userId(),
                plan.mode(),
                plan.grader(),
                plan.seed(),
                plan.questionIds(),
                0,
                SessionStatus.ACTIVE,
                now,
                now,
                0);
        GenericExecuteSpec insert = database.client()
                .sql("INSERT INTO interview_sessions (" + COLUMNS + ") VALUES (:id, :userId, :mode, :grader, :seed,"
                        + " :questionIds, 0, :status, :tokenHash, :now, :now, 0)")
                .bind("id", session.id())
                .bind("userId", session.userId())
                .bind("mode", session.mode().wire())
                .bind("grader", session.grader())
                .bind("questionIds", String.join("\n", session.questionIds()))
                .bind("status", session.status().wire())
                .bind("tokenHash", SecretTokens.hash(token))
                .bind("now", Timestamps.bind(now));
        insert = plan.seed() == null ? insert.bindNull("seed", Long.class) : insert.bind("seed", plan.seed());
        return database.inTransaction(insert.then().thenReturn(new StartedSession(session, token)));
    }

    /** The session, or {@code SESSION_NOT_FOUND}. */
    public Mono<InterviewSession> find(UUID sessionId) {
        return database.run(database.client()
                .sql("SELECT " + COLUMNS + " FROM interview_sessions WHERE id = :id")
                .bind("id", sessionId)
                .map(SessionRepository::session)
                .one()
                .switchIfEmpty(Mono.error(() -> notFound(sessionId))));
    }

    /** The session if it belongs to this user; someone else's session is {@code SESSION_NOT_FOUND} too. */
    public Mono<InterviewSession> findOwned(UUID sessionId, UUID userId) {
        return find(sessionId)
                .filter(s -> s.userId().equals(userId))
                .switchIfEmpty(Mono.error(() -> notFound(sessionId)));
    }

    /** A user's sessions, newest first. */
    public Flux<InterviewSession> listForUser(UUID userId) {
        return database.run(database.client()
                .sql("SELECT " + COLUMNS + " FROM interview_sessions WHERE user_id = :userId"
                        + " ORDER BY created_at DESC, id")
                .bind("userId", userId)
                .map(SessionRepository::session)
                .all());
    }

    /** How many sessions the user has active, for the limit on sessions at once. */
    public Mono<Long> countActive(UUID userId) {
        return database.run(database.client()
                .sql("SELECT COUNT(*) AS active FROM interview_sessions WHERE user_id = :userId AND status = 'active'")
                .bind("userId", userId)
                .map(row -> row.get("active", Long.class))
                .one());
    }

    /** The questions put to the user since an instant, most recent first, each once: a new session avoids them. */
    public Flux<String> questionsAskedSince(UUID userId, Instant since) {
        return database.run(database.client()
                .sql("SELECT q.question_id AS question_id, MAX(q.asked_at) AS last_asked FROM asked_questions q"
                        + " JOIN interview_sessions s ON s.id = q.session_id"
                        + " WHERE s.user_id = :userId AND q.asked_at >= :since"
                        + " GROUP BY q.question_id ORDER BY last_asked DESC, question_id")
                .bind("userId", userId)
                .bind("since", Timestamps.bind(since))
                .map(row -> row.get("question_id", String.class))
                .all());
    }

    /**
     * Checks a resume token and takes the session over: its version grows, so whoever held it before can no
     * longer move it. {@code SESSION_NOT_FOUND} for an unknown id, {@code BAD_RESUME_TOKEN} for a wrong token.
     */
    public Mono<InterviewSession> resume(UUID sessionId, String resumeToken) {
        return database.inTransaction(database.client()
                .sql("SELECT " + COLUMNS + " FROM interview_sessions WHERE id = :id")
                .bind("id", sessionId)
                .map(row -> new Guarded(session(row), row.get("resume_token_hash", String.class)))
                .one()
                .switchIfEmpty(Mono.error(() -> notFound(sessionId)))
                .flatMap(found -> {
                    InterviewSession session = found.session();
                    if (!SecretTokens.matches(resumeToken, found.tokenHash())) {
                        return Mono.error(new ApiException(
                                ErrorCode.BAD_RESUME_TOKEN, "The resume token does not belong to this session"));
                    }
                    return change(session, session.currentIndex(), session.status());
                }));
    }

    private record Guarded(InterviewSession session, String tokenHash) {}

    /**
     * Moves the session to a question index and status, from the version it was read at; the result is the
     * stored session with its new version.
     */
    public Mono<InterviewSession> advance(InterviewSession read, int currentIndex, SessionStatus status) {
        if (currentIndex < 0 || currentIndex > read.questionIds().size()) {
            return Mono.error(new IllegalArgumentException("index outside the session: " + currentIndex));
        }
        return database.inTransaction(change(read, currentIndex, status));
    }

    private Mono<InterviewSession> change(InterviewSession read, int currentIndex, SessionStatus status) {
        Instant now = Timestamps.stored(clock.instant());
        return database.client()
                .sql("UPDATE interview_sessions SET current_index = :index, status = :status, updated_at = :now,"
                        + " version = version + 1 WHERE id = :id AND version = :version")
                .bind("index", currentIndex)
                .bind("status", status.wire())
                .bind("now", Timestamps.bind(now))
                .bind("id", read.id())
                .bind("version", read.version())
                .fetch()
                .rowsUpdated()
                .flatMap(updated -> updated == 1
                        ? Mono.just(new InterviewSession(
                                read.id(),
                                read.userId(),
                                read.mode(),
                                read.grader(),
                                read.seed(),
                                read.questionIds(),
                                currentIndex,
                                status,
                                read.createdAt(),
                                now,
                                read.version() + 1))
                        : Mono.error(new ApiException(
                                ErrorCode.SESSION_CHANGED, "The session changed since it was read; read it again")));
    }

    /** Records that a question was put to the candidate, pending until it is answered, skipped or timed out. */
    public Mono<AskedQuestion> recordAsked(
            UUID sessionId, int index, String questionId, String topic, Instant deadline) {
        AskedQuestion asked = new AskedQuestion(
                sessionId,
                index,
                questionId,
                topic,
                Timestamps.stored(clock.instant()),
                Timestamps.stored(deadline),
                QuestionStatus.PENDING);
        return database.inTransaction(database.client()
                .sql("INSERT INTO asked_questions (session_id, idx, question_id, topic, asked_at, deadline, status)"
                        + " VALUES (:sessionId, :idx, :questionId, :topic, :askedAt, :deadline, :status)")
                .bind("sessionId", sessionId)
                .bind("idx", index)
                .bind("questionId", questionId)
                .bind("topic", topic)
                .bind("askedAt", Timestamps.bind(asked.askedAt()))
                .bind("deadline", Timestamps.bind(asked.deadline()))
                .bind("status", QuestionStatus.PENDING.wire())
                .then()
                .thenReturn(asked)
                .onErrorMap(Constraints::isForeignKeyViolation, e -> notFound(sessionId)));
    }

    /**
     * Closes a pending question as skipped or timed out. False when it was no longer pending (answered in the
     * meantime, or closed already), so a timer and an answer racing each other settle on one outcome.
     */
    public Mono<Boolean> closeQuestion(UUID sessionId, String questionId, QuestionStatus outcome) {
        if (outcome == QuestionStatus.PENDING || outcome == QuestionStatus.ANSWERED) {
            return Mono.error(new IllegalArgumentException("a question is closed as skipped or timed out"));
        }
        return database.inTransaction(database.client()
                .sql("UPDATE asked_questions SET status = :status"
                        + " WHERE session_id = :sessionId AND question_id = :questionId AND status = 'pending'")
                .bind("status", outcome.wire())
                .bind("sessionId", sessionId)
                .bind("questionId", questionId)
                .fetch()
                .rowsUpdated()
                .map(updated -> updated == 1));
    }

    public Flux<AskedQuestion> askedQuestions(UUID sessionId) {
        return database.run(database.client()
                .sql("SELECT session_id, idx, question_id, topic, asked_at, deadline, status FROM asked_questions"
                        + " WHERE session_id = :sessionId ORDER BY idx")
                .bind("sessionId", sessionId)
                .map(SessionRepository::asked)
                .all());
    }

    static InterviewSession session(Readable row) {
        Long seed = row.get("seed", Long.class);
        return new InterviewSession(
                row.get("id", UUID.class),
                row.get("user_id", UUID.class),
                Mode.fromWire(row.get("mode", String.class)),
                row.get("grader", String.class),
                seed,
                List.of(row.get("question_ids", String.class).split("\n")),
                row.get("current_index", Integer.class),
                SessionStatus.fromWire(row.get("status", String.class)),
                Timestamps.read(row, "created_at"),
                Timestamps.read(row, "updated_at"),
                row.get("version", Long.class));
    }

    static AskedQuestion asked(Readable row) {
        return new AskedQuestion(
                row.get("session_id", UUID.class),
                row.get("idx", Integer.class),
                row.get("question_id", String.class),
                row.get("topic", String.class),
                Timestamps.read(row, "asked_at"),
                Timestamps.read(row, "deadline"),
                QuestionStatus.fromWire(row.get("status", String.class)));
    }

    static ApiException notFound(UUID sessionId) {
        return new ApiException(ErrorCode.SESSION_NOT_FOUND, "No session " + sessionId);
    }
}
