package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class SecurityAndPrivacyTest {

    @TempDir
    Path data;

    @Test
    void admin_paths_need_the_token_and_are_off_without_one(@TempDir Path other) {
        try (TestApp app = TestApp.start(data)) {
            assertThat(app.get("/admin/api/unanswered").status()).isEqualTo(401);
            assertThat(app.get("/admin/api/unanswered", Map.of("Authorization", "Bearer wrong")).status()).isEqualTo(401);
            assertThat(app.get("/admin/api/unanswered", Map.of("Authorization", "test-admin-token")).status()).isEqualTo(401);
            assertThat(app.get("/admin/api/unanswered", Map.of("Authorization", "Bearer test-admin-token")).status())
                    .isEqualTo(200);
            assertThat(app.post("/admin/api/reindex", "{}").status()).isEqualTo(401);
        }
        try (TestApp off = TestApp.start(TestApp.config(other).withAdminToken(null), TestApp.FIXED_CLOCK)) {
            assertThat(off.get("/admin").status()).isEqualTo(404);
            assertThat(off.get("/admin/api/stats", Map.of("Authorization", "Bearer x")).status()).isEqualTo(404);
        }
    }

    @Test
    void path_traversal_in_path_parameters_is_refused() {
        try (TestApp app = TestApp.start(data)) {
            for (String id : new String[] {"..%2F..%2Fetc%2Fpasswd", "%2e%2e", "..", "social%00project", "a%2Fb"}) {
                int status = app.get("/api/programs/" + id).status();
                assertThat(status).as(id).isIn(400, 404);
            }
            Map<String, String> auth = Map.of("Authorization", "Bearer test-admin-token", "Content-Type", "application/json");
            assertThat(app.postBytes("/admin/api/tickets/..%2F..%2Fx/status", "{\"status\":\"closed\"}".getBytes(), auth)
                    .status()).isIn(400, 404);
        }
    }

    @Test
    void personal_data_never_reaches_the_logs_or_the_conversation_tables() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try (TestApp app = TestApp.start(data)) {
            JsonNode reply = app.chat(null, "010-4321-8765, kim@example.com, 900101-1234567 로 연락 주세요. 텃밭 신청은요?");
            app.post("/api/feedback", Map.of("sessionId", reply.get("sessionId").asText(), "messageId",
                    reply.get("messageId").asText(), "rating", "down", "comment", "제 번호 010-4321-8765"));
            app.post("/api/handoff", Map.of("name", "홍길동", "contact", "010-4321-8765", "question", "문의", "consent", true));
        } finally {
            root.detachAppender(logs);
        }
        String logged = String.join("\n", logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(logs.list).isNotEmpty();
        assertThat(logged).doesNotContain("4321-8765").doesNotContain("kim@example.com").doesNotContain("1234567")
                .doesNotContain("홍길동");
        String stored = String.join(" ", Db.column(data, "SELECT question || answer FROM messages"))
                + String.join(" ", Db.column(data, "SELECT COALESCE(comment, '') FROM feedback"))
                + String.join(" ", Db.column(data, "SELECT question FROM unanswered"));
        assertThat(stored).doesNotContain("4321-8765").doesNotContain("kim@example.com").doesNotContain("1234567");
        // the hand-off ticket keeps the contact on purpose: staff must call back, and only the console shows it
        assertThat(Db.column(data, "SELECT contact FROM tickets")).containsExactly("010-4321-8765");
    }

    @Test
    void responses_carry_the_security_headers() {
        try (TestApp app = TestApp.start(data)) {
            TestApp.Response page = app.get("/");
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(app.get("/embed").header("Content-Security-Policy")).contains("frame-ancestors *");
            assertThat(app.get("/widget.js").body()).contains("/embed").doesNotContain("http://").doesNotContain("cdn");
        }
    }
}
