package kr.donggu.chatbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web chat and the operators' console in a real headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs). Screenshots go to target/screenshots; with -Ddocs.screenshots=true also to docs/.
 */
class BrowserTest {

    @TempDir
    static Path data;
    static TestApp app;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        app = TestApp.start(data);
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=ko-KR",
                "--window-size=1100,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    @Test
    void a_resident_asks_sees_a_streamed_sourced_answer_follows_a_quick_reply_and_gives_feedback() throws IOException {
        browser.get(app.url("/"));
        assertThat(browser.findElement(By.id("log")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.findElement(By.cssSelector("label[for=question]")).getText()).isEqualTo("질문");

        WebElement question = browser.findElement(By.id("question"));
        question.sendKeys("네트워킹 데이는 언제 열렸어요?", Keys.ENTER);
        WebElement answer = wait.until(d -> d.findElements(By.cssSelector(".msg.bot")).stream()
                .filter(e -> e.getText().contains("12월 18일") && !e.findElements(By.cssSelector(".sources li")).isEmpty())
                .findFirst().orElse(null));
        assertThat(answer.findElement(By.cssSelector(".sources li")).getText()).contains("네트워킹 DAY");
        screenshot("chat.png");

        int before = browser.findElements(By.cssSelector(".msg.bot")).size();
        answer.findElement(By.cssSelector(".quick button")).click();
        wait.until(d -> d.findElements(By.cssSelector(".msg.bot")).size() > before
                && !d.findElements(By.cssSelector(".msg.bot")).get(before).getText().isBlank());

        answer.findElement(By.cssSelector(".rate-up")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(answer.findElement(By.cssSelector(".feedback-status")),
                "의견 감사합니다."));
        assertThat(Db.count(data, "SELECT COUNT(*) FROM feedback WHERE rating = 'up'")).isEqualTo(1);
    }

    @Test
    void the_handoff_form_requires_consent_and_returns_a_ticket() {
        browser.get(app.url("/"));
        browser.findElement(By.id("open-handoff")).click();
        browser.findElement(By.id("h-name")).sendKeys("홍길동");
        browser.findElement(By.id("h-contact")).sendKeys("010-1234-5678");
        browser.findElement(By.id("h-question")).sendKeys("협동조합 참여 방법을 알고 싶습니다.");
        browser.findElement(By.id("h-submit")).click();
        // the browser itself stops it without consent: the form is invalid, so no request is sent
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('h-consent').validity.valueMissing")).isEqualTo(true);
        assertThat(browser.findElement(By.id("h-status")).getText()).isEmpty();

        browser.findElement(By.id("h-consent")).click();
        browser.findElement(By.id("h-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("h-status"), "접수 번호"));
        assertThat(Db.count(data, "SELECT COUNT(*) FROM tickets")).isEqualTo(1);
    }

    @Test
    void works_on_a_360_pixel_phone_and_by_keyboard_alone() {
        browser.manage().window().setSize(new Dimension(360, 780));
        try {
            browser.get(app.url("/"));
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).isEqualTo(false);
            WebElement body = browser.findElement(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            assertThat(browser.switchTo().activeElement().getText()).contains("질문 입력으로 바로가기");
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.findElement(By.id("question")).sendKeys("ESG 환경마켓이 뭐예요?", Keys.ENTER);
            wait.until(d -> d.findElements(By.cssSelector(".msg.bot .sources")).size() > 0);
        } finally {
            browser.manage().window().setSize(new Dimension(1100, 900));
        }
    }

    @Test
    void staff_open_the_console_with_the_token_and_see_unanswered_questions() throws IOException {
        app.chat(null, "동구청 주차장은 몇 시까지 운영해요?");
        app.chat(null, "동구청 주차장 몇시까지 운영하나요");
        browser.get(app.url("/admin"));
        browser.findElement(By.id("token")).sendKeys("wrong", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-status"), "토큰이 올바르지 않습니다"));

        WebElement token = browser.findElement(By.id("token"));
        token.clear();
        token.sendKeys("test-admin-token", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panels")));
        List<WebElement> rows = wait.until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector("#unanswered-rows tr"));
            return r.isEmpty() ? null : r;
        });
        assertThat(rows.get(0).getText()).contains("주차장").contains("2");
        assertThat(browser.findElement(By.id("knowledge-rows")).getText()).contains("사업 기간 지남");
        screenshot("console.png");
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target/screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("docs.screenshots")) {
            Files.copy(shot, Path.of("docs", name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
