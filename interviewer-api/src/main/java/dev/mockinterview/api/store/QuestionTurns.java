package dev.mockinterview.api.store;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The live interview's facts about a session beyond its questions and answers (pace, retries, follow-ups), kept
 * in the store so that a resumed connection finds the exact point where the last one stopped.
 */
public final class QuestionTurns {

    private final Database database;

    public QuestionTurns(Database database) {
        this.database = database;
    }

    /** Stores whether the session waits for {@code next} ({@code manual}) or moves on by itself ({@code auto}). */
    public Mono<Void> setPace(UUID sessionId, String pace) {
        return database.inTransaction(database.client()
                .sql("UPDATE interview_sessions SET pace = :pace WHERE id = :id")
                .bind("pace", pace.toLowerCase(Locale.ROOT))
                .bind("id", sessionId)
                .then());
    }

    public Mono<String> pace(UUID sessionId) {
        return database.run(database.client()
                .sql("SELECT pace FROM interview_sessions WHERE id = :id")
                .bind("id", sessionId)
                .map(row -> row.get("pace", String.class))
                .one()
                .switchIfEmpty(Mono.error(() -> SessionRepository.notFound(sessionId))));
    }

    /**
     * Asks an asked question once more, until a new deadline. Its status stays what the first ask left: a retry
     * that runs out of time leaves the answers already given standing.
     */
    public Mono<Void> recordRetry(UUID sessionId, String questionId, Instant deadline) {
        return database.inTransaction(database.client()
                .sql("UPDATE asked_questions SET asks = asks + 1, deadline = :deadline"
                        + " WHERE session_id = :sessionId AND question_id = :questionId")
                .bind("deadline", Timestamps.bind(deadline))
                .bind("sessionId", sessionId)
                .bind("questionId", questionId)
                .then());
    }

    public Mono<Void> recordFollowUp(UUID sessionId, String questionId, FollowUpState state) {
        return database.inTransaction(database.client()
                .sql("UPDATE asked_questions SET follow_up = :state"
                        + " WHERE session_id = :sessionId AND question_id = :questionId")
                .bind("state", state.wire())
                .bind("sessionId", sessionId)
                .bind("questionId", questionId)
                .then());
    }

    /** The turns of every asked question of the session, by index. */
    public Flux<QuestionTurn> turns(UUID sessionId) {
        return database.run(database.client()
                .sql("SELECT idx, question_id, asks, deadline, follow_up FROM asked_questions"
                        + " WHERE session_id = :sessionId ORDER BY idx")
                .bind("sessionId", sessionId)
                .map(row -> {
                    String followUp = row.get("follow_up", String.class);
                    return new QuestionTurn(
                            row.get("idx", Integer.class),
                            row.get("question_id", String.class),
                            row.get("asks", Integer.class),
                            Timestamps.read(row, "deadline"),
                            followUp == null ? null : FollowUpState.fromWire(followUp));
                })
                .all());
    }

    /**
     * Marks the user's active sessions that nobody moved since {@code cutoff} as abandoned, so they no longer count
     * against the limit of sessions at once; gives how many it marked.
     */
    public Mono<Long> abandonIdle(UUID userId, Instant cutoff) {
        return database.inTransaction(database.client()
                .sql("UPDATE interview_sessions SET status = 'abandoned'"
                        + " WHERE user_id = :userId AND status = 'active' AND updated_at < :cutoff")
                .bind("userId", userId)
                .bind("cutoff", Timestamps.bind(cutoff))
                .fetch()
                .rowsUpdated());
    }
}
