package kr.donggu.chatbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Browser;
import kr.donggu.chatbot.support.Browser.Screen;
import kr.donggu.chatbot.support.OpenAiReplies;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.StandInServer.Reply;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** While the resident waits: a typing indicator, the answer as it streams in, and a clear error with a retry. */
class ChatWaitBrowserTest {

    @TempDir
    static Path temp;
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser(temp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    WebElement lastAnswer() {
        List<WebElement> all = browser.driver.findElements(By.cssSelector(".msg.bot"));
        return all.get(all.size() - 1);
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void shows_a_typing_indicator_then_each_sentence_as_the_model_writes_it(Screen screen, @TempDir Path data) {
        CountDownLatch firstWords = new CountDownLatch(1);
        CountDownLatch rest = new CountDownLatch(1);
        try (StandInServer model = new StandInServer().respond(r -> r.body().contains("\"stream\" : true")
                ? new Reply(200, "text/event-stream", new Gated(List.of(
                        OpenAiReplies.chunk("ESG 환경마켓은 별별동구 사회혁신 협력 프로젝트의 "), OpenAiReplies.chunk("하나입니다. "),
                        OpenAiReplies.chunk("자세한 내용은 동구청에 확인해 주세요."), OpenAiReplies.FINISH),
                        Map.of(0, firstWords, 2, rest)), Duration.ZERO)
                : OpenAiReplies.completion("안 쓰여야 합니다."));
             TestApp app = TestApp.start(TestApp.config(data).withModel(Config.ChatModelKind.OPENAI,
                     new Config.Llm(model.url() + "/v1", "test-key", "fake-model", model.url(), "m"),
                     Duration.ofSeconds(10)), TestApp.FIXED_CLOCK)) {
            browser.on(screen).driver.get(app.url("/"));
            browser.find("#question").sendKeys("ESG 환경마켓이 뭐예요?", Keys.ENTER);

            WebElement typing = browser.wait.until(d -> d.findElements(By.cssSelector(".msg.bot .typing")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertThat(typing.getAttribute("role")).isEqualTo("status");
            assertThat(typing.getAttribute("textContent")).isEqualTo("답변을 준비하고 있습니다.");
            assertThat(browser.inViewport(typing)).isTrue();
            browser.assertAccessible("a chat waiting for its answer on " + screen);

            firstWords.countDown();
            browser.wait.until(d -> lastAnswer().findElement(By.cssSelector(".msg-body")).getText().contains("하나입니다."));
            assertThat(lastAnswer().findElements(By.cssSelector(".typing"))).isEmpty();
            assertThat(lastAnswer().getText()).doesNotContain("자세한 내용은");
            assertThat(lastAnswer().getAttribute("aria-busy")).isEqualTo("true");

            rest.countDown();
            browser.wait.until(d -> !lastAnswer().findElements(By.cssSelector(".feedback")).isEmpty());
            assertThat(lastAnswer().findElement(By.cssSelector(".msg-body")).getText()).contains("자세한 내용은");
            assertThat(lastAnswer().getAttribute("aria-busy")).isNull();
        } finally {
            firstWords.countDown();
            rest.countDown();
        }
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void when_the_server_is_down_an_error_with_a_retry_that_works_once_it_is_back(Screen screen, @TempDir Path data) {
        TestApp app = TestApp.start(data);
        int port = app.port();
        browser.on(screen).driver.get(app.url("/"));
        browser.wait.until(d -> !d.findElements(By.cssSelector(".welcome .chip")).isEmpty());
        app.close();

        browser.find("#question").sendKeys("네트워킹 데이는 언제 열렸어요?", Keys.ENTER);

        WebElement error = browser.wait.until(d -> d.findElements(By.cssSelector(".msg.error")).stream().findFirst()
                .orElse(null));
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(error.getText()).contains("답변을 받지 못했습니다").contains("서버에 연결하지 못했습니다");
        assertThat(error.getCssValue("border-left-color")).isEqualTo("rgba(185, 28, 28, 1)");
        assertThat(browser.inViewport(error.findElement(By.cssSelector(".retry")))).isTrue();
        browser.assertAccessible("a chat whose server is down on " + screen);
        browser.screenshot("chat-error-" + screen.name().toLowerCase() + ".png");

        try (TestApp back = TestApp.start(TestApp.config(data).withPort(port), TestApp.FIXED_CLOCK)) {
            error.findElement(By.cssSelector(".retry")).click();
            browser.wait.until(d -> lastAnswer().getText().contains("12월 18일")
                    && !lastAnswer().findElements(By.cssSelector(".feedback")).isEmpty());
            assertThat(browser.driver.findElements(By.cssSelector(".msg.error"))).isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector(".msg.user"))).hasSize(1);
        }
    }

    /** Chunks the stand-in sends one by one; before chunk {@code i} it waits until the test opens gate {@code i}. */
    static final class Gated extends AbstractList<String> {
        private final List<String> chunks;
        private final Map<Integer, CountDownLatch> gates;

        Gated(List<String> chunks, Map<Integer, CountDownLatch> gates) {
            this.chunks = chunks;
            this.gates = gates;
        }

        @Override
        public String get(int i) {
            CountDownLatch gate = gates.get(i);
            try {
                if (gate != null && !gate.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("gate " + i + " was never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return chunks.get(i);
        }

        @Override
        public int size() {
            return chunks.size();
        }
    }
}
