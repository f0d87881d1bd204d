package dev.mockinterview.api.session.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.api.InterviewerApplication;
import dev.mockinterview.bank.QuestionBank;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** A session outlives the service: stopped and started again on the same database, it resumes where it was. */
@Timeout(600)
class ResumeAfterRestartTest {

    @TempDir
    Path folder;

    @Test
    void aSessionResumesOnTheRestartedServiceAtTheExactPoint() {
        String[] settings = {"--interview.storage.h2-file=" + folder.resolve("interview"), "--server.port=0"};
        JsonNode session;
        JsonNode grading;
        String questionId;
        try (ConfigurableApplicationContext service = run(settings);
                SocketClient client = new SocketClient(port(service))) {
            client.send(Map.of("type", "start", "count", 2, "pace", "manual"));
            session = client.expect("session");
            JsonNode asked = client.expect("question");
            questionId = asked.path("questionId").asString();
            String reference = service.getBean(QuestionBank.class)
                    .find(questionId)
                    .orElseThrow()
                    .referenceAnswer();
            client.send(Map.of("type", "answer", "questionId", questionId, "text", reference));
            grading = client.expect("grading");
        }

        try (ConfigurableApplicationContext service = run(settings);
                SocketClient client = new SocketClient(port(service))) {
            client.send(Map.of(
                    "type", "resume",
                    "sessionId", session.path("sessionId").asString(),
                    "resumeToken", session.path("resumeToken").asString()));
            JsonNode resumed = client.expect("session");
            assertThat(resumed.path("resumed").asBoolean()).isTrue();
            assertThat(resumed.path("index").asInt()).isZero();
            JsonNode graded = client.expect("graded");
            assertThat(graded.path("answerId").asString())
                    .isEqualTo(grading.path("answerId").asString());
            if (!SocketTestSupport.missedOrPartial(graded).isEmpty()) {
                client.expect("followUp");
                client.send(Map.of("type", "skip", "questionId", questionId));
            }
            client.send(Map.of("type", "next"));
            JsonNode second = client.expect("question");
            assertThat(second.path("index").asInt()).isEqualTo(1);
            assertThat(second.path("questionId").asString()).isNotEqualTo(questionId);
        }
    }

    private static ConfigurableApplicationContext run(String[] settings) {
        return new SpringApplicationBuilder(InterviewerApplication.class).run(settings);
    }

    private static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }
}
