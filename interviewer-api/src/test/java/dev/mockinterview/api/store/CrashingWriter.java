package dev.mockinterview.api.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Run in a child JVM by {@link H2CrashTest}: stores one answer in the H2 file, prints its id and dies at once,
 * without closing anything, as a killed service would.
 */
final class CrashingWriter {

    private CrashingWriter() {}

    public static void main(String[] args) {
        Duration wait = Duration.ofSeconds(30);
        Database database = Database.open(H2Files.open(Path.of(args[0]), 2), 2).block(wait);
        new SchemaMigrations(database, SchemaMigrations.DEFAULT_LOCATION)
                .migrate()
                .block(wait);
        Clock clock = Clock.systemUTC();
        User user =
                new UserRepository(database, clock).create("crash").block(wait).user();
        SessionRepository sessions = new SessionRepository(database, clock);
        InterviewSession session = sessions.create(
                        new SessionPlan(user.id(), Mode.EXAM, "embedding", null, List.of("q-1")))
                .block(wait)
                .session();
        sessions.recordAsked(session.id(), 0, "q-1", "rag", Instant.now().plusSeconds(60))
                .block(wait);
        Answer answer = new AnswerRepository(
                        database, clock, JsonMapper.builder().build())
                .store(new NewAnswer(
                        session.id(), "q-1", 1, AnswerKind.ANSWER, "stored before the crash", false, Instant.now()))
                .block(wait);
        System.out.println("ANSWER " + answer.id() + " SESSION " + session.id());
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
