package kr.donggu.chatbot.web;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The operators' console in a real headless Chromium: charts for a chosen period, tickets marked done, the audit list. */
class ConsoleBrowserTest {

    @TempDir
    static Path temp;
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start(temp.resolve("data"));
        app.chat(null, "동구청 주차장은 몇 시까지 운영해요?");
        app.chat(null, "동구청 주차장 몇시까지 운영하나요");
        app.chat(null, "네트워킹 데이는 언제 열렸어요?");
        app.chat(null, "ESG 환경마켓이 뭐예요?");
        app.post("/channels/kakao/skill", Files.readString(Path.of(
                "src/test/resources/messenger-samples/kakao-skill-request.json")));
        browser = new Browser(temp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    void logIn(Screen screen) {
        browser.on(screen).driver.get(app.url("/admin"));
        browser.assertAccessible("the console's login on " + screen);
        browser.find("#token").sendKeys("wrong", Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-status"), "토큰이 올바르지 않습니다"));
        WebElement token = browser.find("#token");
        token.clear();
        token.sendKeys("test-admin-token", Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panels")));
        browser.wait.until(d -> d.findElements(By.cssSelector(".chart svg")).size() == 4);
    }

    WebElement chart(String id) {
        return browser.find("#chart-" + id);
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void staff_see_charts_for_a_period_they_choose_in_korean_time(Screen screen) {
        logIn(screen);

        assertThat(browser.find("#stats-summary").getText()).contains("2026-10-26 ~ 2026-11-24 (KST)").contains("질문 5건");
        assertThat(chart("questions-per-day").findElement(By.cssSelector("svg")).getAccessibleName())
                .contains("날짜별 질문 수");
        assertThat(chart("questions-per-day").findElements(By.cssSelector("rect title")))
                .extracting(e -> e.getAttribute("textContent")).contains("2026-11-24: 5건");
        assertThat(chart("answer-rate-per-day").findElements(By.cssSelector("circle"))).hasSize(1);
        assertThat(chart("channels").getText()).contains("웹").contains("카카오톡");
        assertThat(chart("programs").getText()).contains("동구 사회적경제 네트워킹 DAY");
        assertThat(browser.find("#stats").getText()).doesNotContain("{");
        assertThat(browser.js("return document.documentElement.scrollWidth > innerWidth")).isEqualTo(false);
        browser.assertAccessible("the console with charts on " + screen);
        browser.screenshot("console-" + screen.name().toLowerCase() + ".png");

        new Select(browser.find("#period-preset")).selectByVisibleText("최근 7일");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stats-summary"),
                "2026-11-18 ~ 2026-11-24"));
        WebElement from = browser.find("#period-from");
        browser.js("arguments[0].value = '2026-11-01'; document.getElementById('period-to').value = '2026-11-10'", from);
        browser.find("#period button[type=submit]").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stats-summary"), "질문 0건"));
        assertThat(chart("channels").getText()).contains("이 기간에 질문이 없습니다");
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void a_ticket_marked_done_and_a_reindex_appear_in_the_audit_list_with_korean_time(Screen screen) {
        String ticketId = app.post("/api/handoff", Map.of("name", "김동구", "contact", "donggu@example.org",
                "question", "사회공헌 프로젝트 문의", "consent", true)).json().get("ticketId").asText();
        logIn(screen);

        WebElement row = ticketRow(ticketId);
        assertThat(row.getText()).contains("접수");
        row.findElement(By.xpath(".//button[text()='완료 처리']")).click();
        browser.wait.until(d -> ticketRow(ticketId).getText().contains("완료")
                && ticketRow(ticketId).findElements(By.tagName("button")).isEmpty());
        browser.wait.until(d -> auditRows().stream().anyMatch(r -> r.contains(ticketId)));
        assertThat(auditRows()).anySatisfy(r -> assertThat(r).contains("2026-11-24 12:00").contains("admin")
                .contains("티켓 상태 변경").contains(ticketId).contains("완료"));
        assertThat(app.get("/admin/api/tickets", Map.of("Authorization", "Bearer test-admin-token")).body())
                .contains("\"ticketId\":\"" + ticketId + "\"").contains("\"status\":\"closed\"");

        int before = auditRows().size();
        browser.find("#reindex").click();
        browser.wait.until(d -> auditRows().size() > before);
        assertThat(auditRows().get(0)).contains("다시 색인").contains("문서 15개");
        assertThat(browser.find("#unanswered").getText()).contains("주차장");
        assertThat(browser.find("#knowledge-rows").getText()).contains("사업 기간 지남");
        browser.assertAccessible("the console after actions on " + screen);
    }

    WebElement ticketRow(String ticketId) {
        return browser.driver.findElement(By.xpath("//section[@id='tickets']//tr[td[1][text()='" + ticketId + "']]"));
    }

    /** The audit list's rows as text, read in one go (the list is redrawn after every action). */
    @SuppressWarnings("unchecked")
    List<String> auditRows() {
        return ((List<String>) browser.js("return Array.from(document.querySelectorAll('#audit-rows tr'))"
                + ".map(r => Array.from(r.cells).map(c => c.textContent).join(' '))")).stream()
                .filter(t -> !t.contains("기록된 작업이 없습니다")).toList();
    }
}
