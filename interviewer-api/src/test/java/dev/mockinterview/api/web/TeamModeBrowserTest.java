package dev.mockinterview.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Team mode in a real browser: the page asks for the token once, keeps it, and sends it on REST calls, on the
 * WebSocket handshake (as the {@code bearer} subprotocol) and for the report download.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "interview.security.mode=team",
            "interview.security.admin-token=" + TeamModeBrowserTest.ADMIN_TOKEN
        })
class TeamModeBrowserTest {

    static final String ADMIN_TOKEN = "browser-test-admin-7d1e0c9b5a4f4e3d";
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    QuestionBank bank;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port, "team");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void asksForTheTokenOnceAndUsesItForTheInterviewAndTheReport() throws Exception {
        String token = createUser("Grace");

        browser.get("/");
        browser.visible("#token-dialog");
        browser.screenshot("team-token");
        browser.byId("token-input").sendKeys(token, Keys.ENTER);
        browser.visible("#topic-list input");
        assertThat(browser.script("return localStorage.getItem('mockInterview.token')"))
                .isEqualTo(token);

        InterviewScreen screen = new InterviewScreen(browser, bank);
        screen.start("exam", 1);
        Question question = screen.question(0, 1);
        screen.answer(InterviewScreen.paraphrase(question, 0, 2));
        browser.visible("#summary-score");
        browser.byId("download-report").click();
        assertThat(Files.readString(browser.downloaded(".md"))).contains("#");

        browser.reload();
        browser.visible("#summary-score");
        browser.byId("start-again").click();
        browser.visible("#topic-list input");
        assertThat(browser.byId("token-dialog").isDisplayed())
                .as("asked only once")
                .isFalse();

        // The one error a team-mode page cannot avoid: the 401 that tells it a token is needed.
        assertThat(browser.consoleErrors())
                .allSatisfy(
                        error -> assertThat(error).contains("/api/v1/topics").contains("401"));
        assertThat(browser.foreignRequests()).isEmpty();
    }

    private String createUser(String name) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users"))
                                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        Matcher token = TOKEN.matcher(response.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
