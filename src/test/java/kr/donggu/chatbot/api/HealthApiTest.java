package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import kr.donggu.chatbot.support.TestApp;
import kr.donggu.chatbot.support.Threads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health} tells a load balancer the truth, and a dead component never hangs a chat: with the turn writer
 * killed past its restarts, chats get a prompt 503 in the contract's shape and {@code /health} says degraded.
 */
class HealthApiTest {

    @TempDir
    Path dir;

    @Test
    void reports_ok_with_counts_mode_and_version() {
        try (TestApp app = TestApp.start(dir)) {
            TestApp.Response r = app.get("/health");

            assertThat(r.status()).isEqualTo(200);
            JsonNode body = r.json();
            assertThat(body.get("status").asText()).isEqualTo("ok");
            assertThat(body.has("problems")).isFalse();
            assertThat(body.get("documents").asInt()).isPositive();
            assertThat(body.get("chunks").asInt()).isPositive();
            assertThat(body.get("mode").asText()).isEqualTo("embedded");
            assertThat(body.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        }
    }

    @Test
    void a_dead_turn_writer_gives_chats_a_503_and_health_a_503() throws Exception {
        try (TestApp app = TestApp.start(dir)) {
            app.chat("s-1", "안녕하세요");
            String writer = "turn-writer " + dir;
            for (int death = 0; death <= 3; death++) {   // three restarts an hour, then it stays down
                Threads.kill(writer);
            }

            TestApp.Response chat = app.post("/api/chat", Map.of("sessionId", "s-1", "message", "협동조합 지원 사업 알려 주세요"));
            TestApp.Response health = app.get("/health");

            assertThat(chat.status()).isEqualTo(503);
            assertThat(chat.json().get("error").get("code").asText()).isEqualTo("unavailable");
            assertThat(chat.header("Retry-After")).isEqualTo("5");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("status").asText()).isEqualTo("degraded");
            assertThat(health.json().get("problems").get(0).asText()).contains("turn writer stopped");
        }
    }
}
