package dev.mockinterview.api.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple3;

/** Read-only views over stored sessions: whole transcripts, and a user's progress by topic over time. */
public final class TranscriptQueries {

    private static final String ANSWER_GRADE_COLUMNS = "g.answer_id, g.result_json, g.graded_at";

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
        return transcript(sessions.find(sessionId));
    }

    /**
     * The transcript of a session of this user; {@code SESSION_NOT_FOUND} when there is none or it belongs to
     * someone else, before any of its rows are read.
     */
    public Mono<Transcript> ownedTranscript(UUID sessionId, UUID userId) {
        return transcript(sessions.findOwned(sessionId, userId));
    }

    private Mono<Transcript> transcript(Mono<InterviewSession> found) {
        return found.flatMap(session ->
                rowsOf(session.id()).map(parts -> assemble(session, parts.getT1(), parts.getT2(), parts.getT3())));
    }

    private Mono<Tuple3<List<AskedQuestion>, List<Answer>, List<StoredGrade>>> rowsOf(UUID sessionId) {
        Mono<List<Answer>> answered = database.run(database.client()
                        .sql("SELECT " + AnswerRepository.columns() + " FROM answers WHERE session_id = :sessionId")
                        .bind("sessionId", sessionId)
                        .map(AnswerRepository::answer)
                        .all())
                .collectList();
        Mono<List<StoredGrade>> graded = database.run(database.client()
                        .sql("SELECT " + ANSWER_GRADE_COLUMNS + " FROM grades g"
                                + " JOIN answers a ON a.id = g.answer_id WHERE a.session_id = :sessionId")
                        .bind("sessionId", sessionId)
                        .map(answers::grade)
                        .all())
                .collectList();
        return Mono.zip(sessions.askedQuestions(sessionId).collectList(), answered, graded);
    }

    /**
     * Every transcript of a user, newest session first, read with four queries whatever the number of sessions:
     * the session list shows each one's score, and that needs the whole transcript.
     */
    public Flux<Transcript> transcriptsOf(UUID userId) {
        Mono<List<InterviewSession>> owned = sessions.listForUser(userId).collectList();
        Mono<List<AskedQuestion>> asked = database.run(database.client()
                        .sql("SELECT q.session_id, q.idx, q.question_id, q.topic, q.asked_at, q.deadline, q.status"
                                + " FROM asked_questions q JOIN interview_sessions s ON s.id = q.session_id"
                                + " WHERE s.user_id = :userId ORDER BY q.session_id, q.idx")
                        .bind("userId", userId)
                        .map(SessionRepository::asked)
                        .all())
                .collectList();
        Mono<List<Answer>> answered = database.run(database.client()
                        .sql("SELECT " + AnswerRepository.prefixed("a") + " FROM answers a"
                                + " JOIN interview_sessions s ON s.id = a.session_id WHERE s.user_id = :userId")
                        .bind("userId", userId)
                        .map(AnswerRepository::answer)
                        .all())
                .collectList();
        Mono<List<Graded>> graded = database.run(database.client()
                        .sql("SELECT a.session_id AS owner_session, " + ANSWER_GRADE_COLUMNS + " FROM grades g"
                                + " JOIN answers a ON a.id = g.answer_id"
                                + " JOIN interview_sessions s ON s.id = a.session_id WHERE s.user_id = :userId")
                        .bind("userId", userId)
                        .map(row -> new Graded(row.get("owner_session", UUID.class), answers.grade(row)))
                        .all())
                .collectList();
        return Mono.zip(owned, asked, answered, graded).flatMapIterable(parts -> {
            Map<UUID, List<AskedQuestion>> askedBySession = bySession(parts.getT2(), AskedQuestion::sessionId);
            Map<UUID, List<Answer>> answersBySession = bySession(parts.getT3(), Answer::sessionId);
            Map<UUID, List<Graded>> gradesBySession = bySession(parts.getT4(), Graded::sessionId);
            List<Transcript> transcripts = new ArrayList<>();
            for (InterviewSession session : parts.getT1()) {
                transcripts.add(assemble(
                        session,
                        askedBySession.getOrDefault(session.id(), List.of()),
                        answersBySession.getOrDefault(session.id(), List.of()),
                        gradesBySession.getOrDefault(session.id(), List.of()).stream()
                                .map(Graded::grade)
                                .toList()));
            }
            return transcripts;
        });
    }

    /**
     * A user's progress for the chart: per session, oldest first, one point per topic with that topic's score in
     * the session's report ({@link SessionScoring}), so the chart and the report never disagree. A topic whose
     * questions all wait for a grade, or were never settled, gives no point yet.
     */
    public Flux<TopicProgress> progress(UUID userId) {
        return transcriptsOf(userId).collectList().flatMapIterable(newestFirst -> {
            List<Transcript> oldestFirst = new ArrayList<>(newestFirst);
            Collections.reverse(oldestFirst);
            List<TopicProgress> points = new ArrayList<>();
            for (Transcript transcript : oldestFirst) {
                for (SessionScore.TopicScore topic :
                        SessionScoring.of(transcript).byTopic()) {
                    if (topic.score() != null) {
                        points.add(new TopicProgress(
                                transcript.session().id(),
                                transcript.session().createdAt(),
                                topic.topic(),
                                topic.score(),
                                topic.questions()));
                    }
                }
            }
            return points;
        });
    }

    private record Graded(UUID sessionId, StoredGrade grade) {}

    private static <T> Map<UUID, List<T>> bySession(List<T> rows, Function<T, UUID> session) {
        Map<UUID, List<T>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(session.apply(row), id -> new ArrayList<>())
                .add(row));
        return grouped;
    }

    /** Puts answers in question order then attempt order, and grades in the order of their answers. */
    private static Transcript assemble(
            InterviewSession session, List<AskedQuestion> asked, List<Answer> answered, List<StoredGrade> graded) {
        List<AskedQuestion> sortedQuestions = asked.stream()
                .sorted(Comparator.comparingInt(AskedQuestion::index))
                .toList();
        Map<String, Integer> order = new HashMap<>();
        sortedQuestions.forEach(q -> order.put(q.questionId(), q.index()));
        List<Answer> sortedAnswers = answered.stream()
                .sorted(Comparator.<Answer>comparingInt(a -> order.getOrDefault(a.questionId(), Integer.MAX_VALUE))
                        .thenComparingInt(Answer::attempt))
                .toList();
        Map<UUID, Integer> answerOrder = new HashMap<>();
        for (int i = 0; i < sortedAnswers.size(); i++) {
            answerOrder.put(sortedAnswers.get(i).id(), i);
        }
        List<StoredGrade> sortedGrades = graded.stream()
                .sorted(Comparator.comparingInt(g -> answerOrder.get(g.answerId())))
                .toList();
        return new Transcript(session, sortedQuestions, sortedAnswers, sortedGrades);
    }
}
