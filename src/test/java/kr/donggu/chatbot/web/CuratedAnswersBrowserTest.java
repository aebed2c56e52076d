package kr.donggu.chatbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.support.Browser;
import kr.donggu.chatbot.support.Browser.Screen;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The loop in a real headless Chromium: staff answer a group of unanswered questions in the console, the group
 * leaves the list, and a resident asking in other words gets that answer over the chat API and in KakaoTalk.
 */
class CuratedAnswersBrowserTest {

    /** What residents asked (one group per screen), how another resident asks it, what staff answer. */
    private record Case(List<String> asked, String paraphrase, String answer, String docTitle, String section) {
    }

    private static final Map<Screen, Case> CASES = Map.of(
            Screen.DESKTOP, new Case(List.of("동구청 주차장은 몇 시까지 운영해요?", "동구청 주차장 몇시까지 운영하나요"),
                    "구청 주차장은 저녁에 몇 시까지 열어요?",
                    "동구청 주차장 운영 시간은 동구청 누리집의 청사 안내에서 확인하실 수 있습니다.",
                    "동구 사회적경제 사업 문의 안내", "신청·문의"),
            Screen.PHONE, new Case(List.of("사회적경제 박람회는 언제 열려요?", "사회적경제 박람회 언제 해요?"),
                    "사회적 경제 박람회 일정이 어떻게 되나요?",
                    "사회적경제 박람회 일정은 아직 정해지지 않았습니다. 정해지면 동구청 누리집에 안내합니다.", null, null));

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start(temp.resolve("data"));
        CASES.values().forEach(c -> c.asked().forEach(q -> app.chat(null, q)));
        browser = new Browser(temp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void staff_answer_an_unanswered_group_and_a_paraphrase_gets_that_answer_on_the_web_and_in_kakaotalk(Screen screen)
            throws IOException {
        Case c = CASES.get(screen);
        logIn(screen);

        groupRow(c.asked().get(0)).findElement(By.xpath(".//button[text()='답변 쓰기']")).click();
        browser.wait.until(d -> browser.find("#answer-question").getAttribute("value").equals(c.asked().get(0)));
        assertThat(browser.find("#answer-variants").getAttribute("value")).isEqualTo(c.asked().get(1));
        assertThat(browser.find("#answer-form-title").getText()).isEqualTo("미답변 질문에 답하기");
        browser.find("#answer-text").sendKeys(c.answer());
        if (c.docTitle() != null) {
            new Select(browser.find("#answer-doc")).selectByVisibleText(c.docTitle());
            browser.wait.until(d -> new Select(browser.find("#answer-section")).getOptions().size() > 1);
            new Select(browser.find("#answer-section")).selectByVisibleText(c.section());
        }
        browser.js("arguments[0].value = '2026-12-31'", browser.find("#answer-valid-until"));
        browser.assertAccessible("the curated answer form, filled, on " + screen);
        browser.find("#answer-save").click();

        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer-status"),
                "미답변 질문 2건에 이 답변을 드립니다"));
        browser.wait.until(d -> !browser.find("#unanswered").getText().contains(c.asked().get(0)));
        assertThat(browser.find("#answer-rows").getText()).contains(c.asked().get(0)).contains("2026-12-31")
                .contains("제공 중");
        browser.wait.until(d -> browser.find("#audit-rows").getText().contains("확인 답변 등록"));
        assertThat(browser.js("return document.documentElement.scrollWidth > innerWidth")).isEqualTo(false);
        browser.assertAccessible("the console after a curated answer was saved on " + screen);
        browser.screenshot("console-answers-" + screen.name().toLowerCase() + ".png");

        String id = answerId(c.asked().get(0));
        JsonNode reply = app.chat(null, c.paraphrase());
        assertThat(reply.get("answered").asBoolean()).isTrue();
        assertThat(reply.get("answer").asText()).startsWith(c.answer());
        assertThat(reply.get("sources").get(0).get("id").asText()).isEqualTo("answer:" + id);
        assertThat(reply.get("sources").get(0).get("title").asText()).isEqualTo("담당자 확인 답변");
        if (c.section() != null) {
            assertThat(browser.find("#answer-rows").getText()).contains(c.docTitle() + " · " + c.section());
            assertThat(reply.get("sources").get(1).get("section").asText()).isEqualTo(c.section());
        }
        TestApp.Response kakao = app.post("/channels/kakao/skill", kakaoRequest(c.paraphrase(), "resident-" + screen));
        assertThat(kakao.status()).isEqualTo(200);
        assertThat(kakao.json().get("template").get("outputs").get(0).get("simpleText").get("text").asText())
                .startsWith(c.answer()).contains("담당자 확인 답변");
    }

    void logIn(Screen screen) {
        browser.on(screen).driver.get(app.url("/admin"));
        WebElement token = browser.find("#token");
        token.sendKeys("test-admin-token", Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panels")));
        browser.wait.until(d -> d.findElements(By.cssSelector("#unanswered-rows button")).size() > 0);
    }

    WebElement groupRow(String question) {
        return browser.driver.findElement(By.xpath("//tbody[@id='unanswered-rows']/tr[td[1][text()='" + question
                + "']]"));
    }

    /** Kakao i Open Builder's sample skill request with this utterance from this user. */
    static String kakaoRequest(String utterance, String userId) throws IOException {
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(
                Path.of("src/test/resources/messenger-samples/kakao-skill-request.json")));
        ObjectNode user = (ObjectNode) request.get("userRequest");
        user.put("utterance", utterance);
        ((ObjectNode) user.get("user")).put("id", userId);
        return request.toString();
    }

    static String answerId(String question) {
        for (JsonNode a : app.get("/admin/api/answers", Map.of("Authorization", "Bearer test-admin-token")).json()) {
            if (a.get("question").asText().equals(question)) {
                return a.get("id").asText();
            }
        }
        throw new AssertionError("no curated answer for " + question);
    }
}
