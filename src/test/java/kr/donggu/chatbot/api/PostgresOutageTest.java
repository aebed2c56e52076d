package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.support.PostgresServer;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL restarted under the service: while it is away chats get a 503 in the contract's shape (not a hang) and
 * {@code /health} says degraded; once it is back everything recovers by itself, and nothing acknowledged is lost.
 */
class PostgresOutageTest {

    @TempDir
    Path dir;

    @Test
    void chats_get_503_while_postgresql_is_away_and_recover_by_themselves() {
        try (PostgresServer pg = PostgresServer.start(false)) {
            String url = pg.createDatabase();
            try (TestApp app = TestApp.start(TestApp.config(dir).withDatabaseUrl(url), TestApp.FIXED_CLOCK)) {
                List<String> acknowledged = new ArrayList<>();
                acknowledged.add(app.chat("s-1", "ESG 환경마켓이 뭐예요?").get("messageId").asText());

                pg.stop();
                TestApp.Response during = app.post("/api/chat", Map.of("sessionId", "s-1", "message", "거기는 누가 참여해요?"));
                TestApp.Response health = app.get("/health");

                assertThat(during.status()).isEqualTo(503);
                assertThat(during.json().get("error").get("code").asText()).isEqualTo("unavailable");
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.json().get("problems").toString()).contains("store");

                pg.startServer();
                JsonNode after = chatOnceBack(app, "s-1", "거기는 누가 참여해요?");
                acknowledged.add(after.get("messageId").asText());

                assertThat(after.get("sources").get(0).get("id").asText()).isEqualTo("esg-environment-market");
                assertThat(awaitHealthy(app)).isEqualTo(200);
                assertThat(pg.column(url, "SELECT id FROM messages")).containsExactlyInAnyOrderElementsOf(acknowledged);
            }
        }
    }

    /** Health comes back once the pool and the cluster-events listener have both reconnected. */
    private static int awaitHealthy(TestApp app) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> app.get("/health").status(), status -> status == 200);
    }

    /** The pool notices the restart on its own; the first tries may still meet a dropped connection (a 503). */
    private static JsonNode chatOnceBack(TestApp app, String session, String message) {
        TestApp.Response r = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> app.post("/api/chat", Map.of("sessionId", session, "message", message)), answer -> {
                    assertThat(answer.status()).as(answer.body()).isIn(200, 503);
                    return answer.status() == 200;
                });
        return r.json();
    }
}
