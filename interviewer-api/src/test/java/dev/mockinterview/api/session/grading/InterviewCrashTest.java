package dev.mockinterview.api.session.grading;

import static dev.mockinterview.api.session.grading.GradingFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockinterview.api.InterviewerApplication;
import dev.mockinterview.api.store.AnswerRepository;
import dev.mockinterview.api.store.StoredGrade;
import dev.mockinterview.grading.GraderKind;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5's crash test over the WebSocket: the real service runs in a child JVM; a candidate answers in an exam
 * session while the grade hangs on an LLM that never replies, and the service is killed. Started again on the same
 * database (without that LLM), the service grades the answer once, and the session resumes at the exact point.
 */
@Timeout(900)
class InterviewCrashTest {

    private static final String LEASE = "3s";

    @TempDir
    Path folder;

    @Test
    void anAnswerStoredBeforeTheServiceWasKilledIsGradedOnceAndTheSessionResumes() throws Exception {
        Path file = folder.resolve("interview");
        int port = freePort();
        Process service;
        UUID sessionId;
        String resumeToken;
        UUID answerId;
        String secondQuestion;
        // An LLM that accepts connections and never answers: the grade is under way when the service dies.
        try (ServerSocket silentLlm = new ServerSocket(0)) {
            service = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx1g",
                            "-cp",
                            System.getProperty("java.class.path"),
                            InterviewerApplication.class.getName(),
                            "--server.port=" + port,
                            "--interview.storage.h2-file=" + file,
                            "--interview.storage.grading-lease=" + LEASE,
                            "--interview.session.grading.enabled=false",
                            "--interview.grader.llm.base-url=http://127.0.0.1:" + silentLlm.getLocalPort() + "/v1",
                            "--interview.grader.llm.model=silent",
                            "--interview.grader.llm.timeouts.first-byte=10m",
                            "--interview.grader.llm.timeouts.deadline=10m",
                            "--interview.grading.timeout=11m")
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("service.log").toFile())
                    .start();
            try {
                awaitListening(port, service);
                try (InterviewSocket candidate = new InterviewSocket(port)) {
                    candidate.send(Map.of("type", "start", "mode", "exam", "count", 2, "grader", "llm", "seed", 5));
                    JsonNode session = candidate.expect("session");
                    sessionId = UUID.fromString(session.path("sessionId").asString());
                    resumeToken = session.path("resumeToken").asString();
                    JsonNode first = candidate.expect("question");
                    candidate.send(Map.of(
                            "type",
                            "answer",
                            "questionId",
                            first.path("questionId").asString(),
                            "text",
                            "先冻结原来的权重，只训练新加的小矩阵。"));
                    answerId = UUID.fromString(
                            candidate.expect("grading").path("answerId").asString());
                    secondQuestion =
                            candidate.expect("question").path("questionId").asString();
                }
            } finally {
                service.destroyForcibly();
                assertThat(service.waitFor(2, TimeUnit.MINUTES)).isTrue();
            }
        }
        assertThat(service.exitValue())
                .as(Files.readString(folder.resolve("service.log")))
                .isNotZero();

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(InterviewerApplication.class)
                .run(
                        "--interview.storage.h2-file=" + file,
                        "--server.port=0",
                        "--interview.storage.grading-lease=" + LEASE,
                        "--interview.session.grading.recovery-interval=200ms")) {
            AnswerRepository answers = restarted.getBean(AnswerRepository.class);
            MeterRegistry meters = restarted.getBean(MeterRegistry.class);
            await().atMost(WAIT)
                    .until(() -> answers.grade(answerId).blockOptional(WAIT).isPresent());
            StoredGrade grade = answers.grade(answerId).block(WAIT);
            assertThat(grade.result().grader())
                    .as("no LLM now: the session's llm choice is graded by the best grader there is")
                    .isEqualTo(GraderKind.EMBEDDING);
            assertThat(GradingFixture.gradesRun(meters)).as("graded once").isEqualTo(1);

            int restartedPort = Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port"));
            try (InterviewSocket candidate = new InterviewSocket(restartedPort)) {
                candidate.send(Map.of("type", "resume", "sessionId", sessionId.toString(), "resumeToken", resumeToken));
                JsonNode resumed = candidate.expect("session");
                assertThat(resumed.path("resumed").asBoolean()).isTrue();
                assertThat(resumed.path("index").asInt()).isEqualTo(1);
                JsonNode second = candidate.expect("question");
                assertThat(second.path("index").asInt()).isEqualTo(1);
                assertThat(second.path("questionId").asString()).isEqualTo(secondQuestion);

                candidate.send(Map.of("type", "answer", "questionId", secondQuestion, "text", "不太清楚。"));
                candidate.expect("grading");
                JsonNode summary = candidate.expect("summary");
                assertThat(summary.path("answered").asInt()).isEqualTo(2);
            }
            assertThat(GradingFixture.gradesRun(meters))
                    .as("each answer graded once")
                    .isEqualTo(2);
            assertThat(answers.countUngraded().block(WAIT)).isZero();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(int port, Process service) {
        await().atMost(WAIT.multipliedBy(3)).until(() -> {
            assertThat(service.isAlive()).as("the service is running").isTrue();
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }
}
