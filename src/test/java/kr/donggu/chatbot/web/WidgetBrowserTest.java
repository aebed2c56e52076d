package kr.donggu.chatbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import kr.donggu.chatbot.support.Browser;
import kr.donggu.chatbot.support.Browser.Screen;
import kr.donggu.chatbot.support.HostPage;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** widget.js on a district page of another origin, served as EUC-KR, in a real headless Chromium. */
class WidgetBrowserTest {

    static final Charset EUC_KR = Charset.forName("EUC-KR");

    @TempDir
    static Path temp;
    static TestApp app;
    static HostPage host;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start(temp.resolve("data"));
        host = new HostPage("""
                <!doctype html>
                <html lang="ko"><head><meta charset="euc-kr"><title>광주광역시 동구청</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body><header><p>광주광역시 동구청 누리집</p></header>
                <main><h1>사회적경제 소식</h1><p>동구의 사회적경제 사업을 안내합니다.</p></main>
                <script src="%s" defer></script></body></html>""".formatted(app.url("/widget.js")), EUC_KR);
        browser = new Browser(temp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        browser.close();
        host.close();
        app.close();
    }

    WebElement launcher() {
        return browser.find("#donggu-chat-launcher");
    }

    WebElement panel() {
        return browser.find("#donggu-chat-panel");
    }

    String focused() {
        return browser.driver.switchTo().activeElement().getAttribute("id");
    }

    void openByKeyboard() {
        browser.find("body").sendKeys(Keys.TAB);
        assertThat(focused()).isEqualTo("donggu-chat-launcher");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.wait.until(d -> panel().isDisplayed());
    }

    void inChat(Runnable steps) {
        browser.driver.switchTo().frame(browser.find("#donggu-chat-panel iframe"));
        try {
            steps.run();
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }

    @Test
    void widget_js_names_its_charset() {
        assertThat(app.get("/widget.js").header("Content-Type")).isEqualToIgnoringWhitespace(
                "text/javascript;charset=utf-8");
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void on_an_euc_kr_page_the_launcher_reads_right_and_the_panel_opens_and_closes_by_keyboard(Screen screen) {
        browser.on(screen).driver.get(host.url());
        browser.wait.until(d -> !d.findElements(By.id("donggu-chat-launcher")).isEmpty());
        assertThat(browser.js("return document.characterSet")).isEqualTo("EUC-KR");
        assertThat(browser.find("h1").getText()).isEqualTo("사회적경제 소식");
        assertThat(launcher().getText()).isEqualTo("동구 사회적경제 챗봇");
        browser.assertAccessible("the widget, closed, on an EUC-KR page on " + screen);

        openByKeyboard();
        assertThat(launcher().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.find("#donggu-chat-title").getText()).isEqualTo("동구 사회적경제 안내 챗봇");
        if (screen == Screen.PHONE) {
            assertThat(browser.js("const r = arguments[0].getBoundingClientRect();"
                    + "return r.width === innerWidth && r.height === innerHeight", panel())).isEqualTo(true);
        }
        inChat(() -> {
            browser.wait.until(d -> !d.findElements(By.cssSelector(".welcome .chip")).isEmpty());
            browser.find("#question").sendKeys("ESG 환경마켓이 뭐예요?", Keys.ENTER);
            browser.wait.until(d -> !d.findElements(By.cssSelector(".msg.bot .feedback")).isEmpty());
        });
        browser.assertAccessible("the widget, answered, on an EUC-KR page on " + screen);
        browser.screenshot("widget-" + screen.name().toLowerCase() + ".png");

        inChat(() -> browser.find("#question").sendKeys(Keys.ESCAPE));   // Escape inside the chat frame
        browser.wait.until(d -> !panel().isDisplayed());
        assertThat(focused()).isEqualTo("donggu-chat-launcher");
        assertThat(launcher().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(launcher().getCssValue("outline-style")).isEqualTo("solid");
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void the_close_button_and_escape_in_the_page_close_the_panel_and_return_focus(Screen screen) {
        browser.on(screen).driver.get(host.url());
        browser.wait.until(d -> !d.findElements(By.id("donggu-chat-launcher")).isEmpty());

        launcher().click();
        browser.wait.until(d -> panel().isDisplayed());
        browser.find("#donggu-chat-close").click();
        browser.wait.until(d -> !panel().isDisplayed());
        assertThat(focused()).isEqualTo("donggu-chat-launcher");

        launcher().click();
        browser.wait.until(d -> panel().isDisplayed());
        browser.find("#donggu-chat-close").sendKeys(Keys.ESCAPE);
        browser.wait.until(d -> !panel().isDisplayed());
        assertThat(focused()).isEqualTo("donggu-chat-launcher");
    }
}
