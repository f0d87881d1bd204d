package dev.mockinterview.api.store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Read-only views over stored sessions: a whole transcript, and a user's progress by topic over time. */
public final class TranscriptQueries {

    private final Database database;
    private final SessionRepository sessions;
    private final AnswerRepository answers;

    public TranscriptQueries(Database database, SessionRepository sessions, AnswerRepository answers) {
        this.database = database;
        this.sessions = sessions;
        this.answers = answers;
    }

    /** The session with its questions, answers and grades; {@code SESSION_NOT_FOUND} when there is none. */
    public Mono<Transcript> transcript(UUID sessionId) {
        Mono<List<Answer>> answered = database.run(database.client()
                        .sql("SELECT " + AnswerRepository.columns() + " FROM answers WHERE session_id = :sessionId")
                        .bind("sessionId", sessionId)
                        .map(AnswerRepository::answer)
                        .all())
                .collectList();
        Mono<List<StoredGrade>> graded = database.run(database.client()
                        .sql("SELECT g.answer_id, g.result_json, g.graded_at FROM grades g"
                                + " JOIN answers a ON a.id = g.answer_id WHERE a.session_id = :sessionId")
                        .bind("sessionId", sessionId)
                        .map(answers::grade)
                        .all())
                .collectList();
        return sessions.find(sessionId)
                .flatMap(session -> Mono.zip(sessions.askedQuestions(sessionId).collectList(), answered, graded)
                        .map(parts -> {
                            List<AskedQuestion> asked = parts.getT1();
                            Map<String, Integer> order = new HashMap<>();
                            asked.forEach(q -> order.put(q.questionId(), q.index()));
                            List<Answer> sortedAnswers = parts.getT2().stream()
                                    .sorted(Comparator.<Answer>comparingInt(
                                                    a -> order.getOrDefault(a.questionId(), Integer.MAX_VALUE))
                                            .thenComparingInt(Answer::attempt))
                                    .toList();
                            Map<UUID, Integer> answerOrder = new HashMap<>();
                            for (int i = 0; i < sortedAnswers.size(); i++) {
                                answerOrder.put(sortedAnswers.get(i).id(), i);
                            }
                            List<StoredGrade> sortedGrades = parts.getT3().stream()
                                    .sorted(Comparator.comparingInt(g -> answerOrder.get(g.answerId())))
                                    .toList();
                            return new Transcript(session, asked, sortedAnswers, sortedGrades);
                        }));
    }

    /**
     * A user's progress: per session, oldest first, and per topic, the mean score of graded first answers.
     * Input for the progress chart.
     */
    public Flux<TopicProgress> progress(UUID userId) {
        return database.run(database.client()
                .sql("SELECT s.id AS session_id, s.created_at AS started_at, q.topic AS topic,"
                        + " CAST(AVG(g.score) AS DOUBLE PRECISION) AS mean_score, COUNT(*) AS answers"
                        + " FROM interview_sessions s"
                        + " JOIN asked_questions q ON q.session_id = s.id"
                        + " JOIN answers a ON a.session_id = q.session_id AND a.question_id = q.question_id"
                        + " JOIN grades g ON g.answer_id = a.id"
                        + " WHERE s.user_id = :userId AND a.kind = 'answer'"
                        + " GROUP BY s.id, s.created_at, q.topic"
                        + " ORDER BY s.created_at, s.id, q.topic")
                .bind("userId", userId)
                .map(row -> new TopicProgress(
                        row.get("session_id", UUID.class),
                        Timestamps.read(row, "started_at"),
                        row.get("topic", String.class),
                        row.get("mean_score", Double.class),
                        row.get("answers", Long.class).intValue()))
                .all());
    }
}
