package dev.mockinterview.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockinterview.api.error.ApiException;
import dev.mockinterview.api.error.ErrorCode;
import dev.mockinterview.grading.GradeFlag;
import dev.mockinterview.grading.GradeResult;
import dev.mockinterview.grading.GraderKind;
import dev.mockinterview.grading.KeyPointResult;
import dev.mockinterview.grading.PointStatus;
import io.r2dbc.spi.Closeable;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the store promises, on whichever database a subclass gives. H2 and PostgreSQL run this same class, so the
 * two never drift apart.
 */
@Timeout(60)
abstract class SessionStoreContract {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Duration LEASE = Duration.ofMinutes(2);

    final TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00.123456Z"));

    ConnectionFactory connectionFactory;
    Database database;
    List<Integer> appliedAtStart;
    UserRepository users;
    SessionRepository sessions;
    AnswerRepository answers;
    TranscriptQueries queries;
    QuestionTurns turns;

    /** A new connection factory to this test's database, which outlives it (a restart opens another). */
    abstract ConnectionFactory connect();

    @BeforeEach
    void open() {
        appliedAtStart = start();
    }

    @AfterEach
    void close() {
        stop();
    }

    private List<Integer> start() {
        connectionFactory = connect();
        database = Database.open(connectionFactory, 2).block(WAIT);
        List<Integer> applied = new SchemaMigrations(database, SchemaMigrations.DEFAULT_LOCATION)
                .migrate()
                .block(WAIT);
        JsonMapper json = JsonMapper.builder().build();
        users = new UserRepository(database, clock);
        sessions = new SessionRepository(database, clock);
        answers = new AnswerRepository(database, clock, json);
        queries = new TranscriptQueries(database, sessions, answers);
        turns = new QuestionTurns(database);
        return applied;
    }

    private void stop() {
        database.close();
        Mono.from(((Closeable) connectionFactory).close()).block(WAIT);
    }

    /** Closes every connection, as a stopped service would, and opens the database again. */
    List<Integer> restart() {
        stop();
        return start();
    }

    @Test
    void migrationsApplyOnAnEmptyDatabaseAndNotAgainOnRestart() {
        assertThat(appliedAtStart).containsExactly(1, 2);

        assertThat(restart()).isEmpty();
        assertThat(users.create("after restart").block(WAIT)).isNotNull();
    }

    @Test
    void anAnswerIsReadableAfterTheDatabaseIsClosedAndOpenedAgain() {
        Started started = startSession(List.of("q-1", "q-2"));
        ask(started.id(), 0, "q-1", "rag");
        Answer stored = answer(started.id(), "q-1", 1, AnswerKind.ANSWER, "检索增强生成先检索再生成");

        restart();

        Transcript transcript = queries.transcript(started.id()).block(WAIT);
        assertThat(transcript.answers()).containsExactly(stored);
        assertThat(transcript.questions())
                .singleElement()
                .extracting(AskedQuestion::status)
                .isEqualTo(QuestionStatus.ANSWERED);
        assertThat(answers.claimUngraded("after-restart", 10, LEASE)
                        .collectList()
                        .block(WAIT))
                .extracting(Answer::id)
                .containsExactly(stored.id());
    }

    @Test
    void aSecondAnswerToTheSameAttemptIsRejectedAsDuplicate() {
        Started started = startSession(List.of("q-1"));
        ask(started.id(), 0, "q-1", "rag");
        answer(started.id(), "q-1", 1, AnswerKind.ANSWER, "first");

        assertThatThrownBy(() -> answer(started.id(), "q-1", 1, AnswerKind.ANSWER, "again"))
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).code())
                .isEqualTo(ErrorCode.DUPLICATE_ANSWER);
        Answer followUp = answer(started.id(), "q-1", 2, AnswerKind.FOLLOW_UP, "more");
        assertThat(queries.transcript(started.id()).block(WAIT).answers())
                .extracting(Answer::text)
                .containsExactly("first", "more");
        assertThat(followUp.kind()).isEqualTo(AnswerKind.FOLLOW_UP);
    }

    @Test
    void anAnswerToAQuestionNeverAskedIsRejected() {
        Started started = startSession(List.of("q-1", "q-2"));
        ask(started.id(), 0, "q-1", "rag");

        assertThatThrownBy(() -> answer(started.id(), "q-2", 1, AnswerKind.ANSWER, "too early"))
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).code())
                .isEqualTo(ErrorCode.QUESTION_NOT_ASKED);
    }

    @Test
    void aClaimHoldsForItsLeaseThenExpiresAndTheAnswerIsGradedOnce() {
        Started started = startSession(List.of("q-1"));
        ask(started.id(), 0, "q-1", "rag");
        Answer stored = answer(started.id(), "q-1", 1, AnswerKind.ANSWER, "an answer");

        assertThat(answers.claimUngraded("instance-a", 10, LEASE).collectList().block(WAIT))
                .extracting(Answer::id)
                .containsExactly(stored.id());
        assertThat(answers.claimUngraded("instance-b", 10, LEASE).collectList().block(WAIT))
                .as("claimed while the lease runs")
                .isEmpty();

        clock.advance(LEASE.plusSeconds(1));
        assertThat(answers.claimUngraded("instance-b", 10, LEASE).collectList().block(WAIT))
                .as("instance-a crashed; its lease ran out")
                .extracting(Answer::id)
                .containsExactly(stored.id());
        assertThat(answers.storeGrade(stored.id(), grade(6.5)).block(WAIT)).isTrue();
        assertThat(answers.storeGrade(stored.id(), grade(9.0)).block(WAIT))
                .as("instance-a finishing late")
                .isFalse();

        clock.advance(LEASE.plusSeconds(1));
        assertThat(answers.claimUngraded("instance-c", 10, LEASE).collectList().block(WAIT))
                .as("a graded answer is no longer work")
                .isEmpty();
        assertThat(answers.grade(stored.id()).block(WAIT).result().score()).isEqualTo(6.5);
        assertThat(answers.countUngraded().block(WAIT)).isZero();
    }

    @Test
    void claimsTakeTheOldestAnswersFirstUpToTheLimit() {
        Started started = startSession(List.of("q-1", "q-2", "q-3"));
        List<Answer> stored = List.of("q-1", "q-2", "q-3").stream()
                .map(id -> {
                    ask(started.id(), List.of("q-1", "q-2", "q-3").indexOf(id), id, "rag");
                    clock.advance(Duration.ofSeconds(1));
                    return answer(started.id(), id, 1, AnswerKind.ANSWER, "answer to " + id);
                })
                .toList();

        assertThat(answers.claimUngraded("a", 2, LEASE).collectList().block(WAIT))
                .containsExactly(stored.get(0), stored.get(1));
        assertThat(answers.claimUngraded("b", 2, LEASE).collectList().block(WAIT))
                .containsExactly(stored.get(2));
        assertThat(answers.countUngraded().block(WAIT)).isEqualTo(3);
    }

    @Test
    void aStoredGradeComesBackExactlyAndASecondOneIsIgnored() {
        Started started = startSession(List.of("q-1"));
        ask(started.id(), 0, "q-1", "rag");
        Answer stored = answer(started.id(), "q-1", 1, AnswerKind.ANSWER, "an answer");
        GradeResult first = grade(7.3);

        assertThat(answers.storeGrade(stored.id(), first).block(WAIT)).isTrue();
        assertThat(answers.storeGrade(stored.id(), grade(1.0)).block(WAIT)).isFalse();

        StoredGrade read = answers.grade(stored.id()).block(WAIT);
        assertThat(read.result()).isEqualTo(first);
        assertThat(read.gradedAt()).isEqualTo(Timestamps.stored(clock.instant()));
    }

    @Test
    void aTranscriptHoldsQuestionsAnswersAndGradesInOrder() {
        Started started = startSession(List.of("q-1", "q-2", "q-3"));
        ask(started.id(), 0, "q-1", "rag");
        Answer first = answer(started.id(), "q-1", 1, AnswerKind.ANSWER, "first answer");
        Answer retry = answer(started.id(), "q-1", 2, AnswerKind.RETRY, "second try");
        ask(started.id(), 1, "q-2", "inference");
        Answer second = answer(started.id(), "q-2", 1, AnswerKind.ANSWER, "answer two");
        ask(started.id(), 2, "q-3", "rlhf");
        assertThat(sessions.closeQuestion(started.id(), "q-3", QuestionStatus.TIMED_OUT)
                        .block(WAIT))
                .isTrue();
        answers.storeGrade(second.id(), grade(4.0)).block(WAIT);
        answers.storeGrade(first.id(), grade(8.0)).block(WAIT);

        Transcript transcript = queries.transcript(started.id()).block(WAIT);

        assertThat(transcript.session().id()).isEqualTo(started.id());
        assertThat(transcript.questions())
                .extracting(AskedQuestion::questionId, AskedQuestion::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("q-1", QuestionStatus.ANSWERED),
                        org.assertj.core.groups.Tuple.tuple("q-2", QuestionStatus.ANSWERED),
                        org.assertj.core.groups.Tuple.tuple("q-3", QuestionStatus.TIMED_OUT));
        assertThat(transcript.answers()).containsExactly(first, retry, second);
        assertThat(transcript.grades())
                .extracting(StoredGrade::answerId)
                .as("retry has no grade yet")
                .containsExactly(first.id(), second.id());
    }

    @Test
    void anAnsweredQuestionCannotTimeOutAfterwards() {
        Started started = startSession(List.of("q-1"));
        ask(started.id(), 0, "q-1", "rag");
        answer(started.id(), "q-1", 1, AnswerKind.ANSWER, "just in time");

        assertThat(sessions.closeQuestion(started.id(), "q-1", QuestionStatus.TIMED_OUT)
                        .block(WAIT))
                .isFalse();
        assertThat(sessions.askedQuestions(started.id()).blockFirst(WAIT).status())
                .isEqualTo(QuestionStatus.ANSWERED);
    }

    @Test
    void progressGivesEachSessionsTopicScoresAsItsReportDoesOldestFirst() {
        User user = users.create("learner").block(WAIT).user();
        UUID earlier = gradedSession(user, List.of(2.0, 4.0), 10.0);
        clock.advance(Duration.ofDays(1));
        UUID later = gradedSession(user, List.of(7.0, 9.0), 1.0);
        clock.advance(Duration.ofDays(1));
        UUID waiting = create(user, List.of("q-rag", "q-inf")).session().id();
        ask(waiting, 0, "q-rag", "rag");
        answer(waiting, "q-rag", 1, AnswerKind.ANSWER, "not graded yet");
        ask(waiting, 1, "q-inf", "inference");
        sessions.closeQuestion(waiting, "q-inf", QuestionStatus.SKIPPED).block(WAIT);
        gradedSession(users.create("someone else").block(WAIT).user(), List.of(1.0, 1.0), 1.0);

        List<TopicProgress> progress = queries.progress(user.id()).collectList().block(WAIT);

        assertThat(progress)
                .extracting(
                        TopicProgress::sessionId, TopicProgress::topic, TopicProgress::score, TopicProgress::questions)
                .as("the follow-up's grade replaces the first answer's; a topic still waiting for its grade has no"
                        + " point yet; a skipped question counts 0")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(earlier, "rag", 10.0, 1),
                        org.assertj.core.groups.Tuple.tuple(earlier, "inference", 4.0, 1),
                        org.assertj.core.groups.Tuple.tuple(later, "rag", 1.0, 1),
                        org.assertj.core.groups.Tuple.tuple(later, "inference", 9.0, 1),
                        org.assertj.core.groups.Tuple.tuple(waiting, "inference", 0.0, 1));
        assertThat(progress)
                .filteredOn(point -> point.sessionId().equals(later))
                .allSatisfy(point -> assertThat(point.sessionStartedAt())
                        .isEqualTo(sessions.find(later).block(WAIT).createdAt()));
    }

    @Test
    void aUsersTranscriptsComeNewestFirstEachAsWholeAsItsOwnTranscript() {
        User user = users.create("learner").block(WAIT).user();
        UUID earlier = gradedSession(user, List.of(2.0, 4.0), 10.0);
        clock.advance(Duration.ofMinutes(5));
        UUID later = gradedSession(user, List.of(7.0, 9.0), 1.0);
        clock.advance(Duration.ofMinutes(5));
        UUID unasked = create(user, List.of("q-1")).session().id();
        gradedSession(users.create("someone else").block(WAIT).user(), List.of(1.0, 1.0), 1.0);

        List<Transcript> transcripts =
                queries.transcriptsOf(user.id()).collectList().block(WAIT);

        assertThat(transcripts)
                .extracting(transcript -> transcript.session().id())
                .containsExactly(unasked, later, earlier);
        assertThat(transcripts)
                .containsExactly(
                        queries.transcript(unasked).block(WAIT),
                        queries.transcript(later).block(WAIT),
                        queries.transcript(earlier).block(WAIT));
        assertThat(transcripts.get(1).grades()).hasSize(3);
        assertThat(queries.transcriptsOf(UUID.randomUUID()).collectList().block(WAIT))
                .isEmpty();
    }

    @Test
    void resumingWithTheTokenTakesTheSessionOverFromItsPreviousHolder() {
        Started started = startSession(List.of("q-1", "q-2"));
        InterviewSession held = sessions.find(started.id()).block(WAIT);

        InterviewSession resumed =
                sessions.resume(started.id(), started.token()).block(WAIT);

        assertThat(resumed.version()).isEqualTo(held.version() + 1);
        assertThatThrownBy(() -> sessions.advance(held, 1, SessionStatus.ACTIVE).block(WAIT))
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).code())
                .isEqualTo(ErrorCode.SESSION_CHANGED);
        InterviewSession moved =
                sessions.advance(resumed, 1, SessionStatus.ACTIVE).block(WAIT);
        assertThat(sessions.find(started.id()).block(WAIT)).isEqualTo(moved);
        assertThat(moved.currentIndex()).isEqualTo(1);
    }

    @Test
    void aWrongResumeTokenOrAnUnknownSessionIsRefusedWithItsCode() {
        Started started = startSession(List.of("q-1"));

        assertThatThrownBy(() ->
                        sessions.resume(started.id(), started.token() + "x").block(WAIT))
                .asInstanceOf(InstanceOfAssertFactories.type(ApiException.class))
                .extracting(ApiException::code)
                .isEqualTo(ErrorCode.BAD_RESUME_TOKEN);
        assertThatThrownBy(() ->
                        sessions.resume(UUID.randomUUID(), started.token()).block(WAIT))
                .asInstanceOf(InstanceOfAssertFactories.type(ApiException.class))
                .extracting(ApiException::code)
                .isEqualTo(ErrorCode.SESSION_NOT_FOUND);
        assertThat(sessions.find(started.id()).block(WAIT).version())
                .as("a refused resume changes nothing")
                .isZero();
    }

    @Test
    void aUserSeesOnlyTheirOwnSessionsNewestFirst() {
        User owner = users.create("owner").block(WAIT).user();
        User other = users.create("other").block(WAIT).user();
        InterviewSession first = create(owner, List.of("q-1")).session();
        clock.advance(Duration.ofMinutes(5));
        InterviewSession second = create(owner, List.of("q-2", "q-3")).session();
        create(other, List.of("q-1"));

        assertThat(sessions.listForUser(owner.id()).collectList().block(WAIT)).containsExactly(second, first);
        assertThatThrownBy(() -> sessions.findOwned(first.id(), other.id()).block(WAIT))
                .asInstanceOf(InstanceOfAssertFactories.type(ApiException.class))
                .extracting(ApiException::code)
                .isEqualTo(ErrorCode.SESSION_NOT_FOUND);
        assertThat(sessions.findOwned(first.id(), owner.id()).block(WAIT)).isEqualTo(first);
    }

    @Test
    void aSessionKeepsItsPlanExactly() {
        User user = users.create("planner").block(WAIT).user();
        SessionPlan plan = new SessionPlan(user.id(), Mode.EXAM, "llm", 42L, List.of("q-9", "q-1", "q-5"));

        InterviewSession created = sessions.create(plan).block(WAIT).session();
        InterviewSession read = sessions.find(created.id()).block(WAIT);

        assertThat(read).isEqualTo(created);
        assertThat(read.questionIds()).containsExactly("q-9", "q-1", "q-5");
        assertThat(read.mode()).isEqualTo(Mode.EXAM);
        assertThat(read.seed()).isEqualTo(42L);
        assertThat(sessions.create(new SessionPlan(user.id(), Mode.PRACTICE, "auto", null, List.of("q-1")))
                        .block(WAIT)
                        .session()
                        .seed())
                .isNull();
    }

    @Test
    void aUserIsFoundByTheirTokenAndOnlyTheHashIsStored() {
        NewUser created = users.create("alice").block(WAIT);

        assertThat(users.findByToken(created.token()).block(WAIT)).isEqualTo(created.user());
        assertThat(users.findByToken(created.token() + "x").blockOptional(WAIT)).isEmpty();
        String storedHash = database.client()
                .sql("SELECT token_hash FROM users WHERE id = :id")
                .bind("id", created.user().id())
                .map(row -> row.get("token_hash", String.class))
                .one()
                .block(WAIT);
        assertThat(storedHash).isNotEqualTo(created.token()).doesNotContain(created.token());
        assertThat(created.toString()).doesNotContain(created.token());
    }

    @Test
    void concurrentClaimersNeverGetTheSameAnswer() {
        List<String> questionIds = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            questionIds.add("q-" + i);
        }
        Started started = startSession(questionIds);
        List<Answer> stored = new ArrayList<>();
        for (int i = 0; i < questionIds.size(); i++) {
            ask(started.id(), i, questionIds.get(i), "rag");
            stored.add(answer(started.id(), questionIds.get(i), 1, AnswerKind.ANSWER, "answer " + i));
        }

        List<Answer> claimed = Flux.range(0, 4)
                .flatMap(claimer -> Flux.range(0, 10)
                        .concatMap(round -> answers.claimUngraded("claimer-" + claimer, 3, LEASE))
                        .subscribeOn(Schedulers.parallel()))
                .collectList()
                .block(WAIT);

        assertThat(claimed).doesNotHaveDuplicates();
        List<Answer> rest =
                answers.claimUngraded("sweeper", 100, LEASE).collectList().block(WAIT);
        assertThat(rest).doesNotContainAnyElementsOf(claimed);
        List<Answer> all = new ArrayList<>(claimed);
        all.addAll(rest);
        assertThat(all).containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void activeSessionsAndRecentlyAskedQuestionsAreCountedPerUser() {
        User user = users.create("regular").block(WAIT).user();
        InterviewSession old = create(user, List.of("q-old", "q-both")).session();
        ask(old.id(), 0, "q-old", "rag");
        ask(old.id(), 1, "q-both", "rag");
        sessions.advance(old, 2, SessionStatus.FINISHED).block(WAIT);
        clock.advance(Duration.ofDays(10));
        Instant weekAgo = clock.instant().minus(Duration.ofDays(7));
        InterviewSession recent = create(user, List.of("q-new", "q-both")).session();
        ask(recent.id(), 0, "q-both", "rag");
        clock.advance(Duration.ofMinutes(1));
        ask(recent.id(), 1, "q-new", "rag");
        create(users.create("other").block(WAIT).user(), List.of("q-x"));

        assertThat(sessions.countActive(user.id()).block(WAIT)).isEqualTo(1);
        assertThat(sessions.questionsAskedSince(user.id(), weekAgo)
                        .collectList()
                        .block(WAIT))
                .containsExactly("q-new", "q-both");
    }

    // --- helpers

    @Test
    void aQuestionsTurnsKeepRetriesAndTheFollowUpAcrossARestart() {
        Started started = startSession(List.of("q-1", "q-2"));
        ask(started.id(), 0, "q-1", "rag");
        turns.setPace(started.id(), "manual").block(WAIT);
        QuestionTurn first = turns.turns(started.id()).single().block(WAIT);
        assertThat(first.asks()).isEqualTo(1);
        assertThat(first.followUp()).isNull();
        assertThat(turns.pace(started.id()).block(WAIT)).isEqualTo("manual");

        answer(started.id(), "q-1", 1, AnswerKind.ANSWER, "first");
        turns.recordFollowUp(started.id(), "q-1", FollowUpState.OFFERED).block(WAIT);
        Instant retryDeadline = clock.instant().plusSeconds(300);
        turns.recordRetry(started.id(), "q-1", retryDeadline).block(WAIT);
        turns.recordFollowUp(started.id(), "q-1", FollowUpState.DECLINED).block(WAIT);

        restart();

        QuestionTurn after = turns.turns(started.id()).single().block(WAIT);
        assertThat(after)
                .isEqualTo(new QuestionTurn(0, "q-1", 2, Timestamps.stored(retryDeadline), FollowUpState.DECLINED));
        assertThat(sessions.askedQuestions(started.id()).single().block(WAIT).status())
                .as("a retry leaves the answered status")
                .isEqualTo(QuestionStatus.ANSWERED);
        assertThat(turns.pace(started.id()).block(WAIT)).isEqualTo("manual");
    }

    @Test
    void onlySessionsIdleSinceTheCutoffAreAbandoned() {
        User user = users.create("busy candidate").block(WAIT).user();
        StartedSession idle = create(user, List.of("q-1"));
        clock.advance(Duration.ofHours(3));
        StartedSession fresh = create(user, List.of("q-2"));

        assertThat(turns.abandonIdle(user.id(), clock.instant().minus(Duration.ofHours(2)))
                        .block(WAIT))
                .isEqualTo(1);

        assertThat(sessions.find(idle.session().id()).block(WAIT).status()).isEqualTo(SessionStatus.ABANDONED);
        assertThat(sessions.find(fresh.session().id()).block(WAIT).status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(sessions.countActive(user.id()).block(WAIT)).isEqualTo(1);
    }

    record Started(UUID id, String token) {}

    Started startSession(List<String> questionIds) {
        User user = users.create("candidate").block(WAIT).user();
        StartedSession started = create(user, questionIds);
        return new Started(started.session().id(), started.resumeToken());
    }

    StartedSession create(User user, List<String> questionIds) {
        return sessions.create(new SessionPlan(user.id(), Mode.PRACTICE, "embedding", 7L, questionIds))
                .block(WAIT);
    }

    void ask(UUID sessionId, int index, String questionId, String topic) {
        sessions.recordAsked(
                        sessionId, index, questionId, topic, clock.instant().plusSeconds(180))
                .block(WAIT);
    }

    Answer answer(UUID sessionId, String questionId, int attempt, AnswerKind kind, String text) {
        return answers.store(new NewAnswer(sessionId, questionId, attempt, kind, text, false, clock.instant()))
                .block(WAIT);
    }

    /** A session with a "rag" and an "inference" question graded, and a graded follow-up on "rag". */
    UUID gradedSession(User user, List<Double> scores, double followUpScore) {
        InterviewSession session = create(user, List.of("q-rag", "q-inf")).session();
        ask(session.id(), 0, "q-rag", "rag");
        ask(session.id(), 1, "q-inf", "inference");
        Answer rag = answer(session.id(), "q-rag", 1, AnswerKind.ANSWER, "rag answer");
        Answer inf = answer(session.id(), "q-inf", 1, AnswerKind.ANSWER, "inference answer");
        Answer followUp = answer(session.id(), "q-rag", 2, AnswerKind.FOLLOW_UP, "more on rag");
        answers.storeGrade(rag.id(), grade(scores.get(0))).block(WAIT);
        answers.storeGrade(inf.id(), grade(scores.get(1))).block(WAIT);
        answers.storeGrade(followUp.id(), grade(followUpScore)).block(WAIT);
        return session.id();
    }

    static GradeResult grade(double score) {
        return new GradeResult(
                score,
                GraderKind.HYBRID,
                false,
                List.of(
                        new KeyPointResult("先检索相关文档", PointStatus.COVERED, "先检索"),
                        new KeyPointResult("再把文档放进提示词", PointStatus.MISSED, "")),
                "Mentions retrieval, not how the documents reach the prompt.",
                List.of(GradeFlag.LOW_CONFIDENCE),
                "检索增强生成：先检索相关文档，再把文档放进提示词生成回答。");
    }
}
