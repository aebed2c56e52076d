package kr.donggu.chatbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kr.donggu.chatbot.support.Browser;
import kr.donggu.chatbot.support.Browser.Screen;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The web chat in a real headless Chromium, on a desktop and on a phone, checked with axe-core in every state. */
class BrowserTest {

    static final String SOURCE_URL = "https://example.org/networking-day";

    @TempDir
    static Path temp;
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        // a copy of the knowledge in which one document has a web page, to show sources as links
        Path knowledge = Fixtures.copyOf(Fixtures.FIXTURE_KNOWLEDGE, temp.resolve("knowledge"));
        Path doc = knowledge.resolve("programs/networking-day.md");
        Fixtures.write(doc, java.nio.file.Files.readString(doc).replaceFirst("(?m)^url:\\s*$", "url: " + SOURCE_URL));
        app = TestApp.start(TestApp.config(knowledge, temp.resolve("data")), TestApp.FIXED_CLOCK);
        browser = new Browser(temp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    List<WebElement> answers() {
        return browser.driver.findElements(By.cssSelector(".msg.bot:not(.welcome)"));
    }

    /** Asks through the page and waits for the finished answer (its feedback buttons come last). */
    WebElement ask(String question) {
        int before = answers().size();
        browser.find("#question").sendKeys(question, Keys.ENTER);
        return browser.wait.until(d -> {
            List<WebElement> all = answers();
            return all.size() > before && !all.get(before).findElements(By.cssSelector(".feedback")).isEmpty()
                    ? all.get(before) : null;
        });
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void an_empty_chat_offers_starter_chips_and_a_tapped_chip_is_answered(Screen screen) {
        browser.on(screen).driver.get(app.url("/"));

        List<WebElement> chips = browser.wait.until(d -> {
            List<WebElement> c = d.findElements(By.cssSelector(".welcome .chip"));
            return c.isEmpty() ? null : c;
        });
        assertThat(chips).extracting(WebElement::getText).contains("네트워킹 DAY는 언제 열렸나요?");
        assertThat(browser.js("return document.documentElement.scrollWidth > innerWidth")).isEqualTo(false);
        browser.assertAccessible("the empty chat on " + screen);

        chips.get(0).click();
        browser.wait.until(d -> !answers().isEmpty() && !answers().get(0).findElements(By.cssSelector(".feedback"))
                .isEmpty());
        assertThat(answers().get(0).getText()).contains("사회혁신");
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void the_latest_answer_and_the_input_stay_in_view_with_its_year_note_sources_and_feedback(Screen screen) {
        browser.on(screen).driver.get(app.url("/"));
        ask("ESG 환경마켓이 뭐예요?");
        ask("스토리텔링 마케팅은 몇 개 기업을 지원했나요?");

        WebElement answer = ask("네트워킹 데이는 언제 열렸어요?");

        assertThat(browser.inViewport(answer.findElement(By.cssSelector(".msg-body")))).as("start of the answer").isTrue();
        assertThat(browser.inViewport(browser.find("#question"))).as("the input").isTrue();
        assertThat(browser.inViewport(browser.find("#send"))).as("the send button").isTrue();
        assertThat(answer.findElement(By.cssSelector(".msg-body")).getText()).contains("12월 18일")
                .doesNotContain("※").doesNotContain("출처:");
        WebElement note = answer.findElement(By.cssSelector(".note"));
        assertThat(note.getText()).isEqualTo("※ 2025년 자료 기준입니다.");
        assertThat(note.getCssValue("background-color")).isNotEqualTo(answer.getCssValue("background-color"));
        WebElement link = answer.findElement(By.cssSelector(".sources a"));
        assertThat(link.getAttribute("href")).isEqualTo(SOURCE_URL);
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getText()).contains("동구 사회적경제 네트워킹 DAY");
        browser.assertAccessible("an answered chat on " + screen);
        feedbackLooksUnlikeChips(answer);
        browser.screenshot("chat-" + screen.name().toLowerCase() + ".png");

        answer.findElement(By.cssSelector(".rate-up")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElement(answer.findElement(By.cssSelector(
                ".feedback-status")), "의견 감사합니다."));
        assertThat(answer.findElement(By.cssSelector(".rate-up")).getAttribute("aria-pressed")).isEqualTo("true");
        String messageId = (String) browser.js("return arguments[0].dataset.messageId", answer);
        assertThat(Db.count(temp.resolve("data"), "SELECT COUNT(*) FROM feedback WHERE rating = 'up' AND message_id = '"
                + messageId + "'")).isEqualTo(1);
    }

    /** Feedback is a quiet footer of square grey buttons named by their own text; chips are blue pills. */
    void feedbackLooksUnlikeChips(WebElement answer) {
        WebElement chip = answer.findElement(By.cssSelector(".chip"));
        WebElement rate = answer.findElement(By.cssSelector(".rate-up"));
        assertThat(rate.getCssValue("background-color")).isNotEqualTo(chip.getCssValue("background-color"));
        assertThat(rate.getCssValue("border-top-left-radius")).isNotEqualTo(chip.getCssValue("border-top-left-radius"));
        assertThat(rate.getAttribute("aria-label")).isNull();
        assertThat(rate.getAccessibleName()).isEqualTo("도움이 됐어요");
        assertThat(answer.findElement(By.cssSelector(".feedback")).getAccessibleName())
                .isEqualTo("이 답변이 도움이 되었나요?");
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void the_handoff_form_requires_consent_returns_a_ticket_and_closes_back_to_its_button(Screen screen) {
        browser.on(screen).driver.get(app.url("/"));
        long before = Db.count(temp.resolve("data"), "SELECT COUNT(*) FROM tickets");
        browser.find("#open-handoff").click();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("h-name");
        browser.assertAccessible("the hand-off form on " + screen);

        browser.find("#h-name").sendKeys("홍길동");
        browser.find("#h-contact").sendKeys("010-1234-5678");
        browser.find("#h-question").sendKeys("협동조합 참여 방법을 알고 싶습니다.");
        browser.find("#h-submit").click();
        assertThat(browser.js("return document.getElementById('h-consent').matches(':invalid')")).isEqualTo(true);
        assertThat(browser.find("#h-status").getText()).isEmpty();

        browser.find("#h-consent").click();
        browser.find("#h-submit").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("h-status"), "접수 번호"));
        assertThat(Db.count(temp.resolve("data"), "SELECT COUNT(*) FROM tickets")).isEqualTo(before + 1);

        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.wait.until(d -> !browser.find("#handoff-dialog").isDisplayed());
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("open-handoff");
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void works_by_keyboard_alone(Screen screen) {
        browser.on(screen).driver.get(app.url("/"));
        browser.find("body").sendKeys(Keys.TAB);
        WebElement skip = browser.driver.switchTo().activeElement();
        assertThat(skip.getText()).contains("질문 입력으로 바로가기");
        assertThat(skip.getCssValue("outline-style")).isEqualTo("solid");
        skip.sendKeys(Keys.ENTER);
        browser.driver.switchTo().activeElement().sendKeys("ESG 환경마켓이 뭐예요?", Keys.ENTER);
        browser.wait.until(d -> !d.findElements(By.cssSelector(".msg.bot .sources")).isEmpty());
    }
}
