package dev.mockinterview.api.session.grading;

import static dev.mockinterview.api.session.grading.GradingFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockinterview.api.InterviewerApplication;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.InterviewSession;
import dev.mockinterview.api.store.SessionRepository;
import dev.mockinterview.api.store.SessionStatus;
import dev.mockinterview.api.store.StoredGrade;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 5's crash test, for real: the service runs in a child JVM, stores answers and is killed before it grades
 * them; started again on the same database file, it grades each of them, once.
 */
@Timeout(600)
class GradingCrashTest {

    private static final String LEASE = "3s";

    @TempDir
    Path folder;

    @Test
    void answersStoredBeforeTheServiceWasKilledAreGradedOnceAfterItStartsAgain()
            throws IOException, InterruptedException {
        Path file = folder.resolve("interview");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ServiceKilledBeforeGrading.class.getName(),
                        file.toString(),
                        LEASE)
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isEqualTo(137);
        Matcher ids = Pattern.compile("IN-GRADING (\\S+) CLAIMED true NOT-STARTED (\\S+) SESSION (\\S+) TOKEN (\\S+)")
                .matcher(output);
        assertThat(ids.find()).as(output).isTrue();
        List<UUID> stored = List.of(UUID.fromString(ids.group(1)), UUID.fromString(ids.group(2)));

        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(InterviewerApplication.class)
                .run(
                        "--interview.storage.h2-file=" + file,
                        "--server.port=0",
                        "--interview.storage.grading-lease=" + LEASE,
                        "--interview.session.grading.recovery-interval=200ms")) {
            AnswerRepository answers = service.getBean(AnswerRepository.class);
            MeterRegistry meters = service.getBean(MeterRegistry.class);

            await().atMost(WAIT)
                    .until(() -> stored.stream()
                            .allMatch(
                                    id -> answers.grade(id).blockOptional(WAIT).isPresent()));

            for (UUID id : stored) {
                StoredGrade grade = answers.grade(id).block(WAIT);
                assertThat(grade.result().keyPoints()).isNotEmpty();
            }
            assertThat(answers.countUngraded().block(WAIT)).isZero();
            assertThat(GradingFixture.gradesRun(meters))
                    .as("each answer graded once")
                    .isEqualTo(2);
            assertThat(meters.get(GradingMeters.RECOVERED).counter().count()).isEqualTo(2);

            InterviewSession resumed = service.getBean(SessionRepository.class)
                    .resume(UUID.fromString(ids.group(3)), ids.group(4))
                    .block(WAIT);
            assertThat(resumed.status()).isEqualTo(SessionStatus.ACTIVE);
            assertThat(resumed.currentIndex()).isZero();
        }
    }
}
