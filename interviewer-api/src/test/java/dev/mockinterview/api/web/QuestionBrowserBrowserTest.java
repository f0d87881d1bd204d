package dev.mockinterview.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The start screen, the question browser, the language switch and the phone-width layout, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionBrowserBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    QuestionBank bank;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port, "questions");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void searchesFiltersByTopicAndShowsAQuestionWithItsReference() {
        browser.get("/#/questions");
        browser.visible("#question-list li");
        assertThat(browser.byId("question-count").getText())
                .contains(String.valueOf(bank.all().size()));

        browser.byId("question-q").sendKeys("注意力");
        browser.byId("question-q").submit();
        browser.until(d -> browser.byId("question-count").getText().contains(" ")
                && !browser.byId("question-count")
                        .getText()
                        .contains(String.valueOf(bank.all().size())));
        List<WebElement> found = browser.all("#question-list li a");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).getText()).isNotBlank();

        String topic = bank.topics().get(0).id();
        new Select(browser.byId("question-topic")).selectByValue(topic);
        browser.until(d -> browser.all("#question-list li").stream()
                .allMatch(row -> row.getText().contains(bank.topics().get(0).name())));
        browser.screenshot("question-browser");

        WebElement first = browser.all("#question-list li a").get(0);
        String text = first.getText();
        first.click();
        browser.visible("#qd-title");
        Question question = bank.all().stream()
                .filter(q -> q.question().equals(text))
                .findFirst()
                .orElseThrow();
        assertThat(browser.byId("qd-title").getText()).isEqualTo(text);
        assertThat(browser.all("#question-detail .points li"))
                .hasSize(question.keyPointTexts().size());
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#question-detail .reference-text"))
                        .getText())
                .isEqualTo(question.referenceAnswer().strip());
        browser.screenshot("question-detail");

        browser.assertCleanRun();
    }

    @Test
    void switchesToEnglishAndKeepsTheChoiceAcrossAReload() {
        browser.get("/");
        browser.visible("#topic-list input");
        assertThat(browser.byId("start-title").getText()).isEqualTo("开始一场模拟面试");
        assertThat(browser.all("#topic-list input")).hasSize(bank.topics().size());
        browser.screenshot("start");

        browser.byId("lang-switch").click();
        assertThat(browser.byId("start-title").getText()).isEqualTo("Start a mock interview");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        browser.reload();
        assertThat(browser.byId("start-title").getText()).isEqualTo("Start a mock interview");
        browser.screenshot("start-english");
        browser.byId("lang-switch").click();
        assertThat(browser.byId("start-title").getText()).isEqualTo("开始一场模拟面试");

        browser.assertCleanRun();
    }

    @Test
    void fitsAPhoneWidthScreenWithoutSidewaysScrolling() {
        browser.resize(390, 844);
        browser.get("/");
        browser.visible("#topic-list input");
        assertThat(browser.overflowingElements())
                .as("elements wider than a phone")
                .isEmpty();
        browser.screenshot("phone-start");

        browser.get("/#/questions");
        browser.visible("#question-list li");
        assertThat(browser.overflowingElements())
                .as("elements wider than a phone")
                .isEmpty();
        browser.screenshot("phone-question-browser");

        browser.assertCleanRun();
    }
}
