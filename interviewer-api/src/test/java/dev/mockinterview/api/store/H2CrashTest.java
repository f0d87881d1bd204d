package dev.mockinterview.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A committed answer survives the process dying right after the commit: the H2 write delay is off, so nothing
 * waits in memory to be flushed.
 */
@Timeout(120)
class H2CrashTest {

    @TempDir
    Path folder;

    @Test
    void anAnswerCommittedJustBeforeTheProcessDiesIsThereAfterwards() throws IOException, InterruptedException {
        Path file = folder.resolve("interview");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingWriter.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isEqualTo(137);
        Matcher ids = Pattern.compile("ANSWER (\\S+) SESSION (\\S+)").matcher(output);
        assertThat(ids.find()).as(output).isTrue();

        Duration wait = Duration.ofSeconds(30);
        var pool = H2Files.open(file, 2);
        try (Database database = Database.open(pool, 2).block(wait)) {
            assertThat(new SchemaMigrations(database, SchemaMigrations.DEFAULT_LOCATION)
                            .migrate()
                            .block(wait))
                    .isEmpty();
            SessionRepository sessions = new SessionRepository(database, Clock.systemUTC());
            AnswerRepository answers = new AnswerRepository(
                    database, Clock.systemUTC(), JsonMapper.builder().build());
            Transcript transcript = new TranscriptQueries(database, sessions, answers)
                    .transcript(UUID.fromString(ids.group(2)))
                    .block(wait);
            assertThat(transcript.answers()).singleElement().satisfies(answer -> {
                assertThat(answer.id()).isEqualTo(UUID.fromString(ids.group(1)));
                assertThat(answer.text()).isEqualTo("stored before the crash");
            });
            assertThat(answers.countUngraded().block(wait)).isEqualTo(1);
        } finally {
            Mono.from(pool.close()).block(wait);
        }
    }
}
