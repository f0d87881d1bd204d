package dev.mockinterview.api.web;

import dev.mockinterview.bank.Question;
import dev.mockinterview.bank.QuestionBank;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The interview screens as a person uses them: a form to fill, a question to read, an answer box, buttons. */
final class InterviewScreen {

    private final Browser browser;
    private final QuestionBank bank;

    InterviewScreen(Browser browser, QuestionBank bank) {
        this.browser = browser;
        this.bank = bank;
    }

    /** Fills the start form by keyboard: the number of questions, the mode, then Enter. */
    void start(String mode, int count) {
        browser.visible("#topic-list input");
        browser.driver()
                .findElement(By.cssSelector("input[name=mode][value=" + mode + "]"))
                .click();
        WebElement countField = browser.byId("count");
        countField.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(count), Keys.ENTER);
    }

    /** Waits for a question with this index (0-based) and attempt, and returns it from the bank. */
    Question question(int index, int attempt) {
        browser.until(d -> browser.byId("view-interview").isDisplayed()
                && browser.byId("q-progress").getText().contains(String.valueOf(index + 1))
                && browser.byId("answer").isEnabled()
                && attemptShown() == attempt);
        String id = browser.byId("question-heading").getAttribute("data-question-id");
        return bank.find(id).orElseThrow(() -> new AssertionError("the page shows a question not in the bank: " + id));
    }

    private int attemptShown() {
        WebElement tag = browser.byId("q-attempt");
        if (!tag.isDisplayed()) {
            return 1;
        }
        return Integer.parseInt(tag.getText().replaceAll("\\D", ""));
    }

    void type(String text) {
        browser.byId("answer").sendKeys(text);
    }

    /** Submits the answer box the way the hint says: Ctrl+Enter. */
    void submit() {
        browser.byId("answer").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    }

    void answer(String text) {
        type(text);
        submit();
    }

    /** Waits for the result card after an answer and returns its score. */
    double result() {
        WebElement card = browser.visible("#result-area .result");
        browser.visible("#next-actions");
        return Double.parseDouble(card.getAttribute("data-score"));
    }

    /** Waits for a result card whose score differs from or follows a redraw (a follow-up's combined grade). */
    double resultWith(String css) {
        browser.visible("#result-area " + css);
        browser.visible("#next-actions");
        return Double.parseDouble(browser.driver()
                .findElement(By.cssSelector("#result-area .result"))
                .getAttribute("data-score"));
    }

    void next() {
        browser.byId("next-question").click();
    }

    /** An answer made of the question's key points, reworded a little as a candidate would say them. */
    static String paraphrase(Question question, int from, int to) {
        List<String> points = question.keyPointTexts();
        StringBuilder answer = new StringBuilder("我的理解是这样的：");
        for (int i = from; i < Math.min(to, points.size()); i++) {
            answer.append(i == from ? "" : "另外，").append(points.get(i)).append("。");
        }
        return answer.toString();
    }
}
