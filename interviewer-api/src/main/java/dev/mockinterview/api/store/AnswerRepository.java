package dev.mockinterview.api.store;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.grading.GradeResult;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers, their grades, and the durable grading queue between them: every answer without a grade is work, and
 * the queue holds exactly those. A grader claims answers for a lease; when it crashes the lease runs out and
 * another claim takes them, and the grade is stored once however many graders finish.
 */
public final class AnswerRepository {

    private static final String COLUMNS = "id, session_id, question_id, attempt, kind, body, late, received_at";

    private final Database database;
    private final Clock clock;
    private final GradeJson gradeJson;

    public AnswerRepository(Database database, Clock clock, JsonMapper json) {
        this.database = database;
        this.clock = clock;
        this.gradeJson = new GradeJson(json);
    }

    /**
     * Stores an answer and marks its question answered if it was pending, in one transaction: when the result
     * arrives the answer is committed and may be acknowledged. {@code DUPLICATE_ANSWER} when this attempt of the
     * question is stored already, {@code QUESTION_NOT_ASKED} when the session never asked the question.
     */
    public Mono<Answer> store(NewAnswer answer) {
        Answer stored = new Answer(
                UUID.randomUUID(),
                answer.sessionId(),
                answer.questionId(),
                answer.attempt(),
                answer.kind(),
                answer.text(),
                answer.late(),
                Timestamps.stored(answer.receivedAt()));
        Mono<Void> insert = database.client()
                .sql("INSERT INTO answers (" + COLUMNS + ") VALUES (:id, :sessionId, :questionId, :attempt, :kind,"
                        + " :body, :late, :receivedAt)")
                .bind("id", stored.id())
                .bind("sessionId", stored.sessionId())
                .bind("questionId", stored.questionId())
                .bind("attempt", stored.attempt())
                .bind("kind", stored.kind().wire())
                .bind("body", stored.text())
                .bind("late", stored.late())
                .bind("receivedAt", Timestamps.bind(stored.receivedAt()))
                .then();
        Mono<Void> markAnswered = database.client()
                .sql("UPDATE asked_questions SET status = 'answered'"
                        + " WHERE session_id = :sessionId AND question_id = :questionId AND status = 'pending'")
                .bind("sessionId", stored.sessionId())
                .bind("questionId", stored.questionId())
                .then();
        Mono<Void> enqueue = database.client()
                .sql("INSERT INTO grading_queue (answer_id, received_at) VALUES (:id, :receivedAt)")
                .bind("id", stored.id())
                .bind("receivedAt", Timestamps.bind(stored.receivedAt()))
                .then();
        return database.inTransaction(insert.then(enqueue).then(markAnswered).thenReturn(stored))
                .onErrorMap(
                        Constraints::isUniqueViolation,
                        e -> new ApiException(
                                ErrorCode.DUPLICATE_ANSWER,
                                "Question " + answer.questionId() + " already has attempt " + answer.attempt(),
                                Map.of("questionId", answer.questionId(), "attempt", answer.attempt())))
                .onErrorMap(
                        Constraints::isForeignKeyViolation,
                        e -> new ApiException(
                                ErrorCode.QUESTION_NOT_ASKED,
                                "Question " + answer.questionId() + " was not asked in this session",
                                Map.of("questionId", answer.questionId())));
    }

    /**
     * Claims up to {@code limit} answers that have no grade and no live claim, oldest first, for {@code lease}.
     * One UPDATE takes them, and it re-checks the claim on each row it writes, so two claimers, in this process
     * or in another instance on the same PostgreSQL, never get the same answer while a lease runs.
     *
     * @param owner who claims, for the record (an instance id); at most 60 characters
     */
    public Flux<Answer> claimUngraded(String owner, int limit, Duration lease) {
        if (owner.length() > 60 || limit < 1 || lease.isNegative() || lease.isZero()) {
            return Flux.error(new IllegalArgumentException("owner up to 60 characters, positive limit and lease"));
        }
        String claim = owner + "/" + UUID.randomUUID();
        Instant now = Timestamps.stored(clock.instant());
        String free = "(claimed_until IS NULL OR claimed_until < :now)";
        Mono<Long> take = database.client()
                .sql("UPDATE grading_queue SET claimed_by = :claim, claimed_until = :until WHERE " + free
                        + " AND answer_id IN (SELECT answer_id FROM grading_queue WHERE " + free
                        + " ORDER BY received_at, answer_id LIMIT :limit)")
                .bind("claim", claim)
                .bind("until", Timestamps.bind(now.plus(lease)))
                .bind("now", Timestamps.bind(now))
                .bind("limit", limit)
                .fetch()
                .rowsUpdated();
        Flux<Answer> taken = database.client()
                .sql("SELECT " + prefixed("a") + " FROM grading_queue q JOIN answers a ON a.id = q.answer_id"
                        + " WHERE q.claimed_by = :claim ORDER BY a.received_at, a.id")
                .bind("claim", claim)
                .map(AnswerRepository::answer)
                .all();
        return database.run(take.thenMany(taken));
    }

    /**
     * Claims one answer for {@code lease} when it has no grade and no live claim: true when this call took it,
     * false when it is graded already or someone else holds it. The UPDATE re-checks the claim on the row it
     * writes, so of two racing claimers exactly one gets true.
     *
     * @param owner who claims, for the record (an instance id); at most 60 characters
     */
    public Mono<Boolean> claim(UUID answerId, String owner, Duration lease) {
        if (owner.length() > 60 || lease.isNegative() || lease.isZero()) {
            return Mono.error(new IllegalArgumentException("owner up to 60 characters and a positive lease"));
        }
        Instant now = Timestamps.stored(clock.instant());
        return database.run(database.client()
                .sql("UPDATE grading_queue SET claimed_by = :claim, claimed_until = :until WHERE answer_id = :id"
                        + " AND (claimed_until IS NULL OR claimed_until < :now)")
                .bind("claim", owner + "/" + UUID.randomUUID())
                .bind("until", Timestamps.bind(now.plus(lease)))
                .bind("now", Timestamps.bind(now))
                .bind("id", answerId)
                .fetch()
                .rowsUpdated()
                .map(updated -> updated == 1));
    }

    /** How many answers wait for a grade, claimed or not. */
    public Mono<Long> countUngraded() {
        return database.run(database.client()
                .sql("SELECT COUNT(*) AS waiting FROM grading_queue")
                .map(row -> row.get("waiting", Long.class))
                .one());
    }

    /**
     * Stores the grade of an answer. True when this call stored it; false when the answer had a grade already,
     * which then stays as it was: a regrade after an expired claim never replaces what a client may have seen.
     */
    public Mono<Boolean> storeGrade(UUID answerId, GradeResult result) {
        Instant now = Timestamps.stored(clock.instant());
        return database.inTransaction(database.client()
                        .sql("INSERT INTO grades (answer_id, result_json, grader, score, graded_at)"
                                + " VALUES (:answerId, :json, :grader, :score, :gradedAt)")
                        .bind("answerId", answerId)
                        .bind("json", gradeJson.write(result))
                        .bind("grader", result.grader().wireName())
                        .bind("score", result.score())
                        .bind("gradedAt", Timestamps.bind(now))
                        .then()
                        .then(database.client()
                                .sql("DELETE FROM grading_queue WHERE answer_id = :answerId")
                                .bind("answerId", answerId)
                                .then())
                        .thenReturn(true))
                .onErrorResume(Constraints::isUniqueViolation, e -> Mono.just(false));
    }

    /** The grade of an answer, or empty while it has none. */
    public Mono<StoredGrade> grade(UUID answerId) {
        return database.run(database.client()
                .sql("SELECT answer_id, result_json, graded_at FROM grades WHERE answer_id = :answerId")
                .bind("answerId", answerId)
                .map(this::grade)
                .one());
    }

    StoredGrade grade(Readable row) {
        return new StoredGrade(
                row.get("answer_id", UUID.class),
                gradeJson.read(row.get("result_json", String.class)),
                Timestamps.read(row, "graded_at"));
    }

    static Answer answer(Readable row) {
        return new Answer(
                row.get("id", UUID.class),
                row.get("session_id", UUID.class),
                row.get("question_id", String.class),
                row.get("attempt", Integer.class),
                AnswerKind.fromWire(row.get("kind", String.class)),
                row.get("body", String.class),
                Boolean.TRUE.equals(row.get("late", Boolean.class)),
                Timestamps.read(row, "received_at"));
    }

    static String columns() {
        return COLUMNS;
    }

    /** The answer columns, each qualified with a table alias, for joins. */
    static String prefixed(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }
}
