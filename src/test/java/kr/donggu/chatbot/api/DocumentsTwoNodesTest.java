package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.PostgresServer;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code DATABASE_URL}, documents and their versions live in PostgreSQL: a document saved on one node is
 * answered by the other once it has re-indexed, two saves based on the same version cannot both win, and a node
 * whose knowledge folder has no documents at all still serves them.
 */
class DocumentsTwoNodesTest {

    private static final Map<String, String> KIM = Map.of("Authorization", "Bearer kim-0123456789abcdef");
    private static final Map<String, String> LEE = Map.of("Authorization", "Bearer lee-0123456789abcdef");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHERE = "청년 창업 설명회는 어디서 열려요?";

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;
    @TempDir
    Path knowledge;
    private String url;
    private TestApp a;
    private TestApp b;

    @BeforeEach
    void start() {
        url = PostgresServer.shared().createDatabase();
        Fixtures.copyOf(Fixtures.BUNDLED_KNOWLEDGE, knowledge);
        a = node(knowledge, dataA);
        b = node(knowledge, dataB);
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
    }

    private TestApp node(Path knowledgeDir, Path dataDir) {
        return TestApp.start(TestApp.config(knowledgeDir, dataDir).withDatabaseUrl(url).withAdminTokens(
                Map.of("kim", "kim-0123456789abcdef", "lee", "lee-0123456789abcdef")), TestApp.FIXED_CLOCK);
    }

    @Test
    void a_document_saved_on_one_node_is_answered_by_the_other_and_no_file_is_written() throws Exception {
        assertThat(b.chat(null, WHERE).get("answer").asText()).doesNotContain("청년센터");

        TestApp.Response created = a.request("POST", "/admin/api/documents", Map.of("document", briefing(),
                "reason", "보도자료 등록"), KIM);

        assertThat(created.status()).isEqualTo(201);
        assertThat(a.chat(null, WHERE).get("answer").asText()).contains("청년센터");
        assertThat(eventually(() -> b.chat(null, WHERE).get("answer").asText().contains("청년센터")))
                .as("node B re-indexed when node A announced the change").isTrue();
        assertThat(Files.exists(knowledge.resolve("programs/youth-startup-briefing.md"))).isFalse();
        assertThat(PostgresServer.shared().column(url, "SELECT actor || ' ' || action FROM document_versions "
                + "WHERE doc_id = 'youth-startup-briefing'")).containsExactly("kim created");
        assertThat(PostgresServer.shared().count(url, "SELECT COUNT(DISTINCT doc_id) FROM document_versions"))
                .as("the bundled documents were copied in when the first node started").isEqualTo(16);
    }

    @Test
    void two_saves_based_on_the_same_version_on_two_nodes_do_not_both_win() {
        ObjectNode onA = (ObjectNode) a.get("/admin/api/documents/networking-day", KIM).json();
        ObjectNode onB = (ObjectNode) b.get("/admin/api/documents/networking-day", LEE).json();

        TestApp.Response first = put(a, onA.put("summary", "A에서 고친 요약입니다."), KIM);
        TestApp.Response second = put(b, onB.put("summary", "B에서 고친 요약입니다."), LEE);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(b.get("/admin/api/documents/networking-day", LEE).json().get("summary").asText())
                .isEqualTo("A에서 고친 요약입니다.");
    }

    @Test
    void a_node_with_no_document_files_serves_the_documents_of_the_database(@TempDir Path bare, @TempDir Path dataC)
            throws IOException {
        Fixtures.copyOf(Fixtures.BUNDLED_KNOWLEDGE.resolve("dictionary"), bare.resolve("dictionary"));
        a.request("POST", "/admin/api/documents", Map.of("document", briefing(), "reason", "보도자료 등록"), KIM);

        try (TestApp c = node(bare, dataC)) {
            JsonNode list = c.get("/admin/api/documents", KIM).json();

            assertThat(list).hasSize(16);
            assertThat(c.chat(null, WHERE).get("answer").asText()).contains("청년센터");
            assertThat(c.chat(null, "네트워킹 데이는 언제 열렸어요?").get("sources").toString()).contains("networking-day");
        }
        assertThat(Files.list(bare).map(p -> p.getFileName().toString())).containsExactly("dictionary");
    }

    private static TestApp.Response put(TestApp node, ObjectNode doc, Map<String, String> auth) {
        return node.request("PUT", "/admin/api/documents/networking-day", Map.of("document", doc,
                "version", doc.get("version").asInt(), "reason", "요약 수정"), auth);
    }

    /** Whether the condition holds within 15 s: the event arrives on B's listener thread. */
    private static boolean eventually(Supplier<Boolean> condition) {
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                    .until(condition::get);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    private static ObjectNode briefing() {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"id": "youth-startup-briefing", "title": "2026 사회적경제 청년 창업 설명회",
                     "audience": ["resident"], "aliases": ["청년 창업 설명회"], "year": 2026,
                     "source": [{"name": "동구청 보도자료"}],
                     "sections": [
                       {"heading": "개요", "text": "2026 사회적경제 청년 창업 설명회는 창업을 준비하는 청년을 위한 설명회입니다."},
                       {"heading": "장소", "text": "청년 창업 설명회는 동구 청년센터 3층 다목적실에서 열립니다."}
                     ]}""");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
