package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminApiTest {

    static final Map<String, String> AUTH = Map.of("Authorization", "Bearer test-admin-token");

    @Test
    void groups_unanswered_questions_and_exports_csv(@TempDir Path data) {
        try (TestApp app = TestApp.start(data)) {
            app.chat(null, "동구청 주차장은 몇 시까지 운영해요?");
            app.chat(null, "동구청 주차장 몇시까지 운영하나요");
            app.chat(null, "여권 발급은 어디서 해요?");

            JsonNode body = app.get("/admin/api/unanswered", AUTH).json();
            assertThat(body.get("total").asInt()).isEqualTo(3);
            assertThat(body.get("groups").get(0).get("count").asInt()).isEqualTo(2);
            assertThat(body.get("groups").get(0).get("question").asText()).contains("주차장");

            TestApp.Response csv = app.get("/admin/api/unanswered.csv", AUTH);
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            assertThat(csv.body()).startsWith("\uFEFF\"시각\"").contains("\"여권 발급은 어디서 해요?\"");
        }
    }

    @Test
    void manages_tickets_and_keeps_contacts_inside_the_console(@TempDir Path data) {
        try (TestApp app = TestApp.start(data)) {
            String id = app.post("/api/handoff", Map.of("name", "김동구", "contact", "=HYPERLINK(\"x\")",
                    "question", "참여 문의", "consent", true)).json().get("ticketId").asText();

            assertThat(app.postBytes("/admin/api/tickets/" + id + "/status",
                    "{\"status\":\"in_progress\"}".getBytes(StandardCharsets.UTF_8), AUTH).status()).isEqualTo(204);
            assertThat(app.postBytes("/admin/api/tickets/" + id + "/status",
                    "{\"status\":\"lost\"}".getBytes(StandardCharsets.UTF_8), AUTH).status()).isEqualTo(400);
            assertThat(app.get("/admin/api/tickets", AUTH).json().get(0).get("status").asText()).isEqualTo("in_progress");
            assertThat(app.get("/admin/api/tickets.csv", AUTH).body()).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        }
    }

    @Test
    void reports_knowledge_problems_and_stale_documents_and_reindexes(@TempDir Path data, @TempDir Path knowledge) {
        Fixtures.copyOf(Fixtures.BUNDLED_KNOWLEDGE, knowledge);
        Config config = new Config(0, knowledge, data, Config.ChatModelKind.EMBEDDED, Config.Llm.none(),
                Config.DEFAULT_LLM_TIMEOUT, java.util.Optional.of("test-admin-token"), Config.Channels.off(), 90, 30,
                new Config.RateLimit(1000, 1000), java.util.Optional.empty());
        try (TestApp app = TestApp.start(config, TestApp.FIXED_CLOCK)) {
            Fixtures.write(knowledge.resolve("programs/broken.md"), "---\nid: broken\n---\n## 개요\n내용.\n");
            // the folder watcher may reload first; either way the re-index leaves the new problem reported
            JsonNode reindex = app.postBytes("/admin/api/reindex", new byte[0], AUTH).json();
            assertThat(reindex.get("documents").asInt()).isEqualTo(15);
            assertThat(reindex.get("problems").asInt()).isPositive();

            JsonNode report = app.get("/admin/api/knowledge", AUTH).json();
            assertThat(report.get("problems")).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.get("file").asText()).isEqualTo("programs/broken.md"));
            assertThat(report.get("problems")).anySatisfy(p -> assertThat(p.get("messageKo").asText()).contains("제목"));
            JsonNode networking = null;
            for (JsonNode d : report.get("documents")) {
                if (d.get("id").asText().equals("networking-day")) {
                    networking = d;
                }
            }
            assertThat(networking).isNotNull();
            assertThat(networking.get("flags")).extracting(JsonNode::asText).contains("period_over");
            assertThat(app.get("/admin/api/stats", AUTH).json().has("answeredRate")).isTrue();
        }
    }
}
