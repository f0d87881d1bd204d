package dev.mockinterview.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole exam interview in headless Chromium: no grade between questions, a skip, a reload, then the summary
 * with every question graded and the Markdown report downloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExamInterviewBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    QuestionBank bank;

    Browser browser;
    InterviewScreen screen;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port, "exam");
        screen = new InterviewScreen(browser, bank);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void takesAThreeQuestionExamAndReadsTheGradesAtTheEnd() throws Exception {
        browser.get("/");
        screen.start("exam", 3);

        Question first = screen.question(0, 1);
        String strong =
                InterviewScreen.paraphrase(first, 0, first.keyPointTexts().size());
        screen.answer(strong);

        Question second = screen.question(1, 1);
        assertThat(browser.all("#result-area .result"))
                .as("an exam shows no grade before the end")
                .isEmpty();
        browser.reload();
        assertThat(screen.question(1, 1).id()).isEqualTo(second.id());
        browser.byId("skip-question").click();

        Question third = screen.question(2, 1);
        screen.answer("不太确定，我只记得和" + third.keyPointTexts().get(0) + "有关。");

        browser.visible("#summary-score");
        assertThat(browser.byId("summary-score").getText()).matches("\\d+\\.\\d");
        browser.visible(".review-item");
        assertThat(browser.all(".review-item")).hasSize(3);
        browser.driver().findElement(By.cssSelector(".review-item summary")).click();
        browser.visible(".review-item .result .points");
        browser.screenshot("exam-summary");

        browser.byId("download-report").click();
        Path report = browser.downloaded(".md");
        String markdown = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(lettersOf(markdown))
                .contains(lettersOf(first.question()), lettersOf(second.question()), lettersOf(third.question()));

        browser.assertCleanRun();
    }

    /** Letters and digits only: the report escapes Markdown's special characters in question texts. */
    private static String lettersOf(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
