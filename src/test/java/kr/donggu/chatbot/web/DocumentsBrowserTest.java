package kr.donggu.chatbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.support.Browser;
import kr.donggu.chatbot.support.Browser.Screen;
import kr.donggu.chatbot.support.DistrictFiles;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The officer's work in a real headless Chromium: a 보도자료 in HWPX becomes a draft, is edited, previewed and saved,
 * and the chatbot answers from it at once; the call for participants in PDF fills the same document, and rolling
 * back takes its answer away again. Every state passes axe-core.
 */
class DocumentsBrowserTest {

    private static final String TOKEN = "kim-0123456789abcdef";
    private static final String WHERE = "청년 창업 설명회는 어디서 열려요?";
    private static final String HOW_TO_APPLY = "청년 창업 설명회 신청은 어떻게 해요?";

    @TempDir
    static Path temp;
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        Path knowledge = Fixtures.copyOf(Fixtures.BUNDLED_KNOWLEDGE, temp.resolve("knowledge"));
        app = TestApp.start(TestApp.config(knowledge, temp.resolve("data")).withAdminTokens(Map.of("kim", TOKEN)),
                TestApp.FIXED_CLOCK);
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
        browser.find("#token").sendKeys(TOKEN, Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-rows")));
        browser.wait.until(d -> d.findElements(By.cssSelector("#document-rows tr")).size() >= 15);
    }

    @Test
    void a_press_release_becomes_a_document_the_chatbot_answers_from_and_a_rollback_takes_the_answer_away() {
        Path files = temp.resolve("files");
        Path hwpx = DistrictFiles.save(files, "청년창업설명회_보도자료.hwpx", DistrictFiles.hwpx(DistrictFiles.PRESS_RELEASE));
        Path pdf = DistrictFiles.save(files, "참가자모집_공고.pdf", DistrictFiles.pdf(DistrictFiles.CALL_FOR_PARTICIPANTS));
        logIn(Screen.DESKTOP);
        assertThat(browser.find("#attention").getText()).startsWith("점검이 필요한 문서 " + flaggedCount() + "건")
                .contains("사업 기간 지남");
        assertThat(answer(WHERE)).doesNotContain("청년센터");
        browser.screenshot("documents-attention.png");

        // the 보도자료 becomes a draft, with its labels under the standard headings and the file as its source
        browser.find("#import-file").sendKeys(hwpx.toString());
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc-form")));
        assertThat(value("#doc-title")).isEqualTo("동구, 2026 사회적경제 청년 창업 설명회 개최");
        assertThat(sectionTexts()).containsEntry("장소", "장소: 동구 청년센터 3층 다목적실");
        assertThat(browser.find("#doc-form").findElement(By.xpath(".//fieldset[legend='출처']//input")).getAttribute("value"))
                .isEqualTo("청년창업설명회_보도자료.hwpx");
        scrollTo("#editor-title");
        browser.screenshot("documents-import.png");

        // edited, previewed: the preview answers from the draft while nothing is served yet
        type("#doc-id", "youth-startup-briefing");
        type("#doc-title", "2026 사회적경제 청년 창업 설명회");
        type("#doc-aliases", "청년 창업 설명회");
        browser.find("#doc-resident").click();
        browser.wait.until(d -> previewAnswers().stream().anyMatch(a -> a.contains("청년센터")));
        assertThat(answer(WHERE)).doesNotContain("청년센터");
        browser.assertAccessible("the editor with an imported draft and its preview");
        scrollTo("#preview-title");
        browser.screenshot("documents-preview.png");

        // saved: the chatbot answers from it at once
        type("#doc-reason", "청년 창업 설명회 보도자료 등록");
        browser.find("#doc-save").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-status"), "저장했습니다"));
        assertThat(answer(WHERE)).contains("청년센터");

        // the call for participants (PDF) fills the same document: how to apply, which the 보도자료 did not say
        assertThat(answer(HOW_TO_APPLY)).doesNotContain("누리집");
        browser.find("#doc-fill-file").sendKeys(pdf.toString());
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-status"), "본문을 채웠습니다"));
        assertThat(sectionTexts().get("신청·문의")).contains("동구청 누리집");
        type("#doc-reason", "참가자 모집 공고 반영");
        browser.find("#doc-save").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-status"), "v2"));
        assertThat(answer(HOW_TO_APPLY)).contains("누리집");

        // rolled back to the 보도자료's version: the answer from the call for participants is gone
        type("#doc-reason", "모집 일정 확정 전이라 되돌림");
        browser.driver.findElement(By.xpath("//button[text()='v1 내용으로 되돌리기']")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-status"), "되돌렸습니다"));
        assertThat(answer(HOW_TO_APPLY)).doesNotContain("누리집");
        assertThat(answer(WHERE)).contains("청년센터");
        assertThat(versionRows()).hasSize(3);
        assertThat(versionRows().get(0)).contains("v3").contains("kim").contains("v1로 되돌림: 모집 일정 확정 전이라 되돌림");
        browser.wait.until(d -> auditText().contains("문서 되돌림"));
        assertThat(auditText()).contains("문서 추가").contains("문서 저장").contains("kim");
        browser.assertAccessible("the editor after a rollback");
        scrollTo("#versions-title");
        browser.screenshot("documents-versions.png");
    }

    @Test
    void the_editor_fits_a_phone_and_shows_an_invalid_save_with_its_problems() {
        logIn(Screen.PHONE);
        browser.find("button[aria-label='동구 사회적경제 네트워킹 DAY 열기']").click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("doc-id"), "value", "networking-day"));
        browser.wait.until(d -> previewAnswers().size() == 3);
        assertThat(browser.find("#doc-markdown").getAttribute("textContent")).startsWith("---\nid: networking-day\n");

        browser.find("#doc-title").clear();
        type("#doc-reason", "제목 지우기 시험");
        browser.find("#doc-save").click();

        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-problems"), "제목(title) 항목이 없습니다"));
        assertThat(browser.find("#doc-status").getText()).contains("저장하지 않았습니다");
        assertThat(browser.js("return document.documentElement.scrollWidth > innerWidth")).isEqualTo(false);
        browser.assertAccessible("the editor on a phone with a refused save");
        browser.screenshot("documents-phone.png");
    }

    private long flaggedCount() {
        var list = app.get("/admin/api/documents", Map.of("Authorization", "Bearer " + TOKEN)).json();
        long n = 0;
        for (var d : list) {
            n += d.get("flags").isEmpty() ? 0 : 1;
        }
        return n;
    }

    private static String answer(String question) {
        return app.chat(null, question).get("answer").asText();
    }

    private static void scrollTo(String css) {
        browser.js("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", css);
    }

    private static String value(String css) {
        return browser.find(css).getAttribute("value");
    }

    private static void type(String css, String text) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> sectionTexts() {
        return (Map<String, String>) browser.js("const out = {};"
                + "document.querySelectorAll('#doc-form fieldset.rows').forEach(f => {"
                + "  if (f.querySelector('legend').textContent !== '본문 절') return;"
                + "  f.querySelectorAll('.row').forEach(r => { out[r.querySelector('input').value] = r.querySelector('textarea').value; });"
                + "}); return out;");
    }

    @SuppressWarnings("unchecked")
    private static List<String> previewAnswers() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#preview-answers article'))"
                + ".map(a => a.textContent)");
    }

    @SuppressWarnings("unchecked")
    private static List<String> versionRows() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('#version-rows tr'))"
                + ".map(r => Array.from(r.cells).map(c => c.textContent).join(' '))");
    }

    private static String auditText() {
        return browser.find("#audit-rows").getText();
    }
}
