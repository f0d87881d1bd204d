package dev.mockinterview.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole practice interview in headless Chromium, as a person does it: answer, read the result card, answer the
 * follow-up, retry and compare, reload in the middle and carry on, read the summary, download the report, look
 * at the history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PracticeInterviewBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    QuestionBank bank;

    Browser browser;
    InterviewScreen screen;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port, "practice");
        screen = new InterviewScreen(browser, bank);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void practisesTwoQuestionsWithAFollowUpARetryAndAReload() throws Exception {
        browser.get("/");
        screen.start("practice", 2);

        // Question 1: a partial answer, with markup that must stay text.
        Question first = screen.question(0, 1);
        assertThat(browser.byId("question-heading").getText()).isEqualTo(first.question());
        assertThat(browser.byId("countdown").getText()).matches(".*\\d+:\\d\\d.*");
        String partial = InterviewScreen.paraphrase(first, 0, 1) + " <b>加粗</b>";
        screen.type(partial);
        browser.screenshot("question");
        screen.submit();
        screen.result();
        assertResultCard(first, partial);
        browser.screenshot("result-card");

        // The interviewer asks about the missed points; the candidate adds them.
        browser.visible("#followup");
        assertThat(browser.byId("followup-text").getText()).isNotBlank();
        browser.screenshot("follow-up");
        String supplement = InterviewScreen.paraphrase(first, 1, 3);
        browser.byId("followup-answer").sendKeys(supplement);
        browser.byId("followup-submit").click();
        screen.resultWith("[data-role=supplement]");
        assertThat(browser.textWithoutPointNumbers(
                        browser.driver().findElement(By.cssSelector("#result-area [data-role=supplement]"))))
                .isEqualTo(supplement);

        // Retry with a fuller answer: both attempts side by side.
        browser.byId("retry-question").click();
        screen.question(0, 2);
        assertThat(browser.all("#result-area .result"))
                .as("the reference stays hidden while retrying")
                .isEmpty();
        screen.answer(InterviewScreen.paraphrase(first, 0, first.keyPointTexts().size()));
        browser.visible("#result-area .compare");
        screen.result();
        assertThat(browser.byId("score-change").getText()).contains("→");
        assertThat(browser.all("#result-area .compare .pane")).hasSize(2);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#result-area .compare .before .answer-text"))
                        .getText())
                .as("the first attempt: the answer and its follow-up supplement")
                .startsWith(partial)
                .endsWith(supplement);
        browser.screenshot("retry-comparison");

        // Question 2: a reload in the middle of typing resumes the interview with the draft kept.
        screen.next();
        Question second = screen.question(1, 1);
        String draft = InterviewScreen.paraphrase(second, 0, 2);
        screen.type(draft);
        browser.reload();
        assertThat(screen.question(1, 1).id()).isEqualTo(second.id());
        assertThat(browser.byId("answer").getAttribute("value")).isEqualTo(draft);
        assertThat(browser.byId("countdown").isDisplayed()).isTrue();
        screen.submit();
        screen.result();
        assertResultCard(second, draft);
        if (browser.byId("followup").isDisplayed()) {
            browser.byId("followup-decline").click();
        }
        assertThat(browser.byId("next-question").getText()).isEqualTo("查看总结");
        screen.next();

        // The summary, the report download and the history.
        browser.visible("#summary-score");
        browser.visible(".review-item");
        assertThat(browser.all(".review-item")).hasSize(2);
        assertThat(browser.all("#summary-body .topic-scores tbody tr")).isNotEmpty();
        browser.screenshot("summary");
        browser.byId("download-report").click();
        Path report = browser.downloaded(".md");
        String markdown = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(lettersOf(markdown)).contains(lettersOf(first.question()), lettersOf(second.question()));
        assertThat(report.getFileName().toString()).startsWith("interview-");

        browser.get("/#/history");
        browser.visible("#history-table tbody tr");
        assertThat(browser.byId("progress-chart").isDisplayed()).isTrue();
        assertThat(browser.script("return Chart.getChart('progress-chart').data.datasets.length"))
                .isNotEqualTo(0L);
        browser.screenshot("history-progress");

        browser.resize(390, 844);
        browser.get("/#/history");
        browser.visible("#history-table tbody tr");
        browser.screenshot("phone-history");

        browser.assertCleanRun();
    }

    /** The card shows every key point, and each piece of evidence is marked inside the candidate's own words. */
    private void assertResultCard(Question question, String typed) {
        WebElement card = browser.driver().findElement(By.cssSelector("#result-area .result"));
        List<WebElement> points = card.findElements(By.cssSelector(".points .point"));
        assertThat(points).hasSize(question.keyPointTexts().size());
        assertThat(points)
                .allSatisfy(point -> assertThat(point.getAttribute("data-status"))
                        .isIn("covered", "partial", "missed", "incorrect"));
        WebElement answer = card.findElement(By.cssSelector(".answer-text[data-role=answer]"));
        assertThat(answer.findElements(By.tagName("b")))
                .as("typed markup stays text")
                .isEmpty();
        assertThat(browser.textWithoutPointNumbers(answer)).isEqualTo(typed);
        boolean anyEvidence = points.stream()
                .anyMatch(point ->
                        !point.findElements(By.cssSelector("q.evidence")).isEmpty());
        List<WebElement> marks = answer.findElements(By.cssSelector("mark.ev"));
        if (anyEvidence) {
            assertThat(marks).as("evidence marked in the answer").isNotEmpty();
        }
        for (WebElement mark : marks) {
            String quoted = (String) browser.script("return arguments[0].firstChild.textContent", mark);
            assertThat(typed).contains(quoted);
            assertThat(mark.getAttribute("class")).matches(".*st-(covered|partial|incorrect).*");
        }
        assertThat(card.findElement(By.cssSelector(".reference-text")).getText())
                .isNotBlank();
        assertThat(card.findElements(By.cssSelector(".reference-text mark.ref")))
                .as("key points marked in the reference")
                .isNotEmpty();
        browser.until(d -> browser.byId("announcer").getText().contains("10"));
    }

    /** Letters and digits only: the report escapes Markdown's special characters in question texts. */
    private static String lettersOf(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
