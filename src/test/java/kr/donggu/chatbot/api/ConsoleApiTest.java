package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the web chat and the operators' console read: starters, statistics for a period, charts, the audit list. */
class ConsoleApiTest {

    static final Map<String, String> AUTH = Map.of("Authorization", "Bearer test-admin-token");

    @TempDir
    Path data;

    @Test
    void every_starter_question_is_answered_from_the_documents() {
        try (TestApp app = TestApp.start(data)) {
            JsonNode starters = app.get("/api/chat/starters").json().get("questions");

            assertThat(starters).isNotEmpty();
            starters.forEach(q -> assertThat(app.chat(null, q.asText()).get("answered").asBoolean())
                    .as(q.asText()).isTrue());
        }
    }

    @Test
    void pages_and_scripts_name_their_charset() {
        try (TestApp app = TestApp.start(data)) {
            for (String path : List.of("/", "/embed", "/admin", "/widget.js", "/chat.css", "/js/chat.js",
                    "/js/console/main.js")) {
                assertThat(app.get(path).header("Content-Type")).as(path).containsIgnoringWhitespaces("charset=utf-8");
            }
        }
    }

    @Test
    void statistics_cover_the_chosen_korean_days_with_answers_per_day() {
        try (TestApp app = TestApp.start(data)) {   // "now" is 2026-11-24 12:00 KST
            app.chat(null, "네트워킹 데이는 언제 열렸어요?");
            app.chat(null, "여권 발급은 어디서 해요?");

            JsonNode stats = app.get("/admin/api/stats?from=2026-11-24&to=2026-11-24", AUTH).json();
            assertThat(stats.get("questions").asInt()).isEqualTo(2);
            assertThat(stats.get("questionsPerDay").get("2026-11-24").asInt()).isEqualTo(2);
            assertThat(stats.get("answeredPerDay").get("2026-11-24").asInt()).isEqualTo(1);
            assertThat(stats.get("timeZone").asText()).isEqualTo("Asia/Seoul");

            JsonNode before = app.get("/admin/api/stats?from=2026-11-01&to=2026-11-23", AUTH).json();
            assertThat(before.get("questions").asInt()).isZero();
            assertThat(app.get("/admin/api/stats", AUTH).json().get("from").asText()).isEqualTo("2026-10-26");
        }
    }

    @Test
    void charts_come_as_svg_with_their_rows() {
        try (TestApp app = TestApp.start(data)) {
            app.chat(null, "네트워킹 데이는 언제 열렸어요?");

            JsonNode body = app.get("/admin/api/stats/charts?from=2026-11-20&to=2026-11-24", AUTH).json();

            assertThat(body.get("charts")).extracting(c -> c.get("id").asText())
                    .containsExactly("questions-per-day", "answer-rate-per-day", "channels", "programs");
            assertThat(body.get("charts").get(0).get("svg").asText()).startsWith("<svg").contains("role=\"img\"");
            assertThat(body.get("charts").get(0).get("rows")).hasSize(5);
            assertThat(body.get("charts").get(1).get("rows").get(4).get("value").asText()).isEqualTo("100% (1/1건)");
            assertThat(body.get("charts").get(3).get("rows").get(0).get("label").asText())
                    .isEqualTo("동구 사회적경제 네트워킹 DAY");
        }
    }

    @Test
    void a_period_it_cannot_show_is_a_contract_error_and_the_console_needs_the_token() {
        try (TestApp app = TestApp.start(data)) {
            TestApp.Response bad = app.get("/admin/api/stats/charts?from=2026-11-30&to=2026-11-01", AUTH);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("error").get("code").asText()).isEqualTo("invalid_request");
            assertThat(app.get("/admin/api/stats/charts").status()).isEqualTo(401);
            assertThat(app.get("/admin/api/audit").status()).isEqualTo(401);
        }
    }

    @Test
    void ticket_changes_and_reindexing_are_recorded_in_the_audit_list() {
        try (TestApp app = TestApp.start(data)) {
            String id = app.post("/api/handoff", Map.of("name", "김동구", "contact", "donggu@example.org",
                    "question", "문의", "consent", true)).json().get("ticketId").asText();
            app.postBytes("/admin/api/tickets/" + id + "/status", "{\"status\":\"closed\"}".getBytes(
                    StandardCharsets.UTF_8), AUTH);
            app.postBytes("/admin/api/reindex", new byte[0], AUTH);

            JsonNode audit = app.get("/admin/api/audit", AUTH).json();

            assertThat(audit).hasSize(2);
            assertThat(audit.get(1).get("action").asText()).isEqualTo("ticket_status");
            assertThat(audit.get(1).get("target").asText()).isEqualTo(id);
            assertThat(audit.get(1).get("detail").asText()).isEqualTo("closed");
            assertThat(audit.get(1).get("actor").asText()).isEqualTo("admin");
            assertThat(audit.get(1).get("at").asText()).isEqualTo("2026-11-24T03:00:00Z");
            assertThat(audit.get(0).get("action").asText()).isEqualTo("reindex");
        }
    }
}
