package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.donggu.chatbot.support.PostgresServer;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two identical nodes on one PostgreSQL database, as behind a load balancer: any node takes any message of any
 * conversation, one session's messages are taken one at a time across both, and a re-index or a curated answer saved
 * on one reaches the other.
 */
class TwoNodesTest {

    private static final Map<String, String> AUTH = Map.of("Authorization", "Bearer test-admin-token");

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;
    private String url;
    private TestApp a;
    private TestApp b;

    @BeforeEach
    void start() {
        url = PostgresServer.shared().createDatabase();
    }

    @AfterEach
    void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    private void startNodes(Clock clock) {
        a = TestApp.start(TestApp.config(dataA).withDatabaseUrl(url), clock);
        b = TestApp.start(TestApp.config(dataB).withDatabaseUrl(url), clock);
    }

    @Test
    void a_conversation_alternating_between_nodes_keeps_its_follow_ups() {
        startNodes(TestApp.FIXED_CLOCK);
        String session = a.chat(null, "ESG 환경마켓이 뭐예요?").get("sessionId").asText();

        JsonNode onB = b.chat(session, "거기는 누가 참여해요?");
        b.chat(session, "씨앗프로젝트가 뭐예요?");
        JsonNode onA = a.chat(session, "그건 언제 해요?");

        assertThat(onB.get("sources").get(0).get("id").asText()).isEqualTo("esg-environment-market");
        assertThat(onA.get("sources").get(0).get("id").asText())
                .as("node A follows the topic node B moved to, not what A saw last").isEqualTo("seed-project-arts-education");
        assertThat(PostgresServer.shared().count(url, "SELECT COUNT(*) FROM messages WHERE session_id = '" + session + "'"))
                .isEqualTo(4);
    }

    @Test
    void concurrent_messages_of_one_session_on_both_nodes_are_taken_one_at_a_time() throws Exception {
        startNodes(Clock.system(ZoneId.of("Asia/Seoul")));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            TestApp node = i % 2 == 0 ? a : b;
            String message = i % 3 == 0 ? "ESG 환경마켓이 뭐예요?" : i % 3 == 1 ? "거기는 누가 참여해요?" : "그건 언제 해요?";
            statuses.add(clients.submit(() -> node.post("/api/chat", Map.of("sessionId", "s-shared", "message", message))
                    .status()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(200);
        }
        clients.shutdown();

        // each turn ran from (stored at - its latency) to (stored at); in order, each starts after the last ended
        List<String> turns = PostgresServer.shared().column(url, "SELECT (created_at * 1000 - latency_us) || ' ' || "
                + "(created_at * 1000) FROM messages WHERE session_id = 's-shared' ORDER BY seq");
        assertThat(turns).hasSize(16);
        long previousEnd = 0;
        for (String turn : turns) {
            long startMicros = Long.parseLong(turn.split(" ")[0]);
            assertThat(startMicros).as("a turn started before the previous one was stored").isGreaterThanOrEqualTo(
                    previousEnd - 1000);   // created_at has millisecond resolution
            previousEnd = Long.parseLong(turn.split(" ")[1]);
        }
    }

    @Test
    void a_curated_answer_saved_on_one_node_is_served_by_the_other() throws Exception {
        startNodes(TestApp.FIXED_CLOCK);
        String paraphrase = "구청 주차장은 저녁에 몇 시까지 열어요?";
        assertThat(b.chat(null, paraphrase).get("answered").asBoolean()).isFalse();

        TestApp.Response created = a.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        a.url("/admin/api/answers"))).header("Authorization", AUTH.get("Authorization"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"question\": \"동구청 주차장은 몇 시까지 "
                        + "운영해요?\", \"answer\": \"동구청 누리집의 청사 안내에서 확인하실 수 있습니다.\"}")));
        assertThat(created.status()).isEqualTo(201);
        String source = "answer:" + created.json().get("id").asText();

        // the event arrives on B's listener thread
        JsonNode onB = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50)).until(() -> b.chat(null, paraphrase),
                        reply -> reply.get("sources").toString().contains(source));
        assertThat(onB.get("answered").asBoolean()).isTrue();
        assertThat(onB.get("sources").get(0).get("id").asText()).isEqualTo(source);
    }

    @Test
    void a_reindex_on_one_node_reloads_the_other() throws InterruptedException {
        startNodes(TestApp.FIXED_CLOCK);

        assertThat(a.postBytes("/admin/api/reindex", new byte[0], AUTH).status()).isEqualTo(200);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> b.get("/metrics").body().contains("knowledge_cluster_reloads_total 1.0"));
        assertThat(b.get("/metrics").body()).contains("knowledge_cluster_reloads_total 1.0");
        assertThat(a.get("/metrics").body()).as("the node that re-indexed has already reloaded")
                .contains("knowledge_cluster_reloads_total 0.0");
    }
}
