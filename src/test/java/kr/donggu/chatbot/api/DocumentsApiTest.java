package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.support.DistrictFiles;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.Multipart;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's documents over HTTP with SQLite: documents stay files in the knowledge folder, each save is a version
 * with the label of the admin token used, invalid documents are refused with their problems, stale saves with 409,
 * and every change is served at once and listed in the audit list.
 */
class DocumentsApiTest {

    static final Map<String, String> KIM = Map.of("Authorization", "Bearer kim-0123456789abcdef");
    static final Map<String, String> LEE = Map.of("Authorization", "Bearer lee-0123456789abcdef");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEW_FACT = "2026년 네트워킹 DAY는 동구 청년센터 대강당에서 열릴 예정입니다.";

    @TempDir
    Path data;
    @TempDir
    Path knowledge;
    TestApp app;

    @BeforeEach
    void start() {
        Fixtures.copyOf(Fixtures.BUNDLED_KNOWLEDGE, knowledge);
        app = TestApp.start(TestApp.config(knowledge, data).withAdminTokens(Map.of("kim", "kim-0123456789abcdef",
                "lee", "lee-0123456789abcdef")), TestApp.FIXED_CLOCK);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void lists_every_document_with_its_status_version_and_review_flags() {
        JsonNode list = app.get("/admin/api/documents", KIM).json();

        assertThat(list).hasSize(15);
        JsonNode networking = find(list, "networking-day");
        assertThat(networking.get("title").asText()).isEqualTo("동구 사회적경제 네트워킹 DAY");
        assertThat(networking.get("status").asText()).isIn("ok", "warning");
        assertThat(networking.get("version").asInt()).isEqualTo(1);
        assertThat(networking.get("updatedBy").asText()).isEqualTo("file");
        assertThat(networking.get("flags")).extracting(JsonNode::asText).contains("period_over");
    }

    @Test
    void an_edit_is_saved_as_a_new_version_by_the_token_label_and_is_answered_at_once() throws IOException {
        ObjectNode doc = get("networking-day");
        assertThat(app.chat(null, "2026년 네트워킹 DAY는 어디서 열려요?").get("answer").asText()).doesNotContain("청년센터");

        section(doc, "일정").put("text", section(doc, "일정").get("text").asText() + "\n" + NEW_FACT);
        TestApp.Response saved = put("networking-day", doc, 1, "2026년 장소 공지 반영", KIM);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(2);
        assertThat(Files.readString(knowledge.resolve("programs/networking-day.md"))).contains(NEW_FACT);
        assertThat(app.chat(null, "2026년 네트워킹 DAY는 어디서 열려요?").get("answer").asText()).contains("청년센터");
        JsonNode versions = app.get("/admin/api/documents/networking-day/versions", KIM).json();
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(0).get("by").asText()).isEqualTo("kim");
        assertThat(versions.get(0).get("reason").asText()).isEqualTo("2026년 장소 공지 반영");
        assertThat(versions.get(1).get("by").asText()).isEqualTo("file");
        JsonNode audit = app.get("/admin/api/audit", LEE).json().get(0);
        assertThat(audit.get("actor").asText()).isEqualTo("kim");
        assertThat(audit.get("action").asText()).isEqualTo("document_saved");
        assertThat(audit.get("target").asText()).isEqualTo("networking-day");
        assertThat(audit.get("detail").asText()).isEqualTo("v2: 2026년 장소 공지 반영");
    }

    @Test
    void a_save_based_on_an_older_version_is_refused_as_a_conflict() {
        ObjectNode doc = get("networking-day");
        assertThat(put("networking-day", doc, 1, "첫 수정", KIM).status()).isEqualTo(200);

        TestApp.Response stale = put("networking-day", doc.put("summary", "다른 요약입니다."), 1, "늦은 수정", LEE);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").get("code").asText()).isEqualTo("conflict");
        assertThat(get("networking-day").get("summary").asText()).doesNotContain("다른 요약");
    }

    @Test
    void an_invalid_document_is_refused_with_its_problems_and_the_valid_file_stays() throws IOException {
        String before = Files.readString(knowledge.resolve("programs/networking-day.md"));
        ObjectNode doc = get("networking-day");
        doc.remove("title");
        doc.put("year", "올해");

        TestApp.Response r = put("networking-day", doc, 1, "제목 지움", KIM);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").get("code").asText()).isEqualTo("invalid_document");
        assertThat(r.json().get("problems")).extracting(JsonNode::asText)
                .anySatisfy(p -> assertThat(p).startsWith("programs/networking-day.md:").contains("제목(title) 항목이 없습니다"))
                .anySatisfy(p -> assertThat(p).contains("year는 네 자리 연도여야 합니다"));
        assertThat(Files.readString(knowledge.resolve("programs/networking-day.md"))).isEqualTo(before);
        assertThat(get("networking-day").get("version").asInt()).isEqualTo(1);
    }

    @Test
    void a_new_document_is_added_and_an_id_in_use_is_a_conflict() throws IOException {
        ObjectNode doc = newDocument("youth-startup-briefing");

        TestApp.Response created = app.request("POST", "/admin/api/documents", Map.of("document", doc,
                "reason", "청년 창업 설명회 보도자료"), LEE);
        TestApp.Response again = app.request("POST", "/admin/api/documents", Map.of("document", doc,
                "reason", "한 번 더"), LEE);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        assertThat(Files.readString(knowledge.resolve("programs/youth-startup-briefing.md")))
                .startsWith("---\nid: youth-startup-briefing\ntitle: 2026 사회적경제 청년 창업 설명회\n");
        assertThat(app.chat(null, "청년 창업 설명회는 어디서 열려요?").get("answer").asText()).contains("청년센터");
        assertThat(again.status()).isEqualTo(409);
        assertThat(app.get("/admin/api/audit", LEE).json().get(0).get("action").asText()).isEqualTo("document_created");
    }

    @Test
    void a_saved_document_past_its_period_is_flagged_and_its_facts_keep_their_year() throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree("""
                {"id": "autumn-market-2025", "title": "2025 동구 가을 마을장터", "audience": ["resident"],
                 "aliases": ["가을 마을장터"], "year": 2025, "period": {"start": "2025-10-11", "end": "2025-10-11"},
                 "source": [{"name": "동구청 보도자료"}], "reviewed": "2026-11-20",
                 "sections": [{"heading": "장소", "text": "가을 마을장터는 동구청 앞마당에서 열렸습니다."}]}""");

        app.request("POST", "/admin/api/documents", Map.of("document", doc, "reason", "지난 행사 기록"), KIM);

        assertThat(find(app.get("/admin/api/documents", KIM).json(), "autumn-market-2025").get("flags"))
                .extracting(JsonNode::asText).containsExactly("period_over");
        assertThat(app.chat(null, "가을 마을장터는 어디서 열렸어요?").get("answer").asText()).contains("동구청 앞마당")
                .contains("2025년");
    }

    @Test
    void a_rollback_restores_an_earlier_text_as_a_new_version() {
        ObjectNode doc = get("networking-day");
        section(doc, "일정").put("text", NEW_FACT);
        put("networking-day", doc, 1, "장소 추가", KIM);

        TestApp.Response back = app.request("POST", "/admin/api/documents/networking-day/rollback",
                Map.of("version", 1, "reason", "확인되지 않은 장소"), LEE);

        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("version").asInt()).isEqualTo(3);
        assertThat(app.chat(null, "2026년 네트워킹 DAY는 어디서 열려요?").get("answer").asText()).doesNotContain("청년센터");
        JsonNode versions = app.get("/admin/api/documents/networking-day/versions", KIM).json();
        assertThat(versions.get(0).get("reason").asText()).isEqualTo("v1로 되돌림: 확인되지 않은 장소");
        assertThat(versions.get(0).get("by").asText()).isEqualTo("lee");
        assertThat(app.get("/admin/api/audit", KIM).json().get(0).get("action").asText()).isEqualTo("document_rolled_back");
    }

    @Test
    void a_deleted_document_leaves_service_and_its_last_version_can_be_restored() {
        String question = "네트워킹 데이는 언제 열렸어요?";
        assertThat(app.chat(null, question).get("sources").toString()).contains("networking-day");

        TestApp.Response deleted = app.request("DELETE", "/admin/api/documents/networking-day?reason=행사%20종료", null,
                KIM);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(Files.exists(knowledge.resolve("programs/networking-day.md"))).isFalse();
        assertThat(app.chat(null, question).get("sources").toString()).doesNotContain("networking-day");
        assertThat(find(app.get("/admin/api/documents", KIM).json(), "networking-day").get("status").asText())
                .isEqualTo("deleted");

        app.request("POST", "/admin/api/documents/networking-day/rollback", Map.of("version", 1, "reason", "다시 씀"),
                KIM);

        assertThat(Files.exists(knowledge.resolve("programs/networking-day.md"))).isTrue();
        assertThat(app.chat(null, question).get("sources").toString()).contains("networking-day");
        assertThat(app.get("/admin/api/audit", KIM).json()).extracting(a -> a.get("action").asText())
                .contains("document_deleted", "document_rolled_back");
    }

    @Test
    void a_file_edited_by_hand_becomes_a_version_of_its_own_and_an_edit_based_on_before_is_stale() throws IOException {
        ObjectNode doc = get("networking-day");
        Path file = knowledge.resolve("programs/networking-day.md");
        Files.writeString(file, Files.readString(file).replace("## 성과", "## 성과\n손으로 고친 문장입니다."));

        TestApp.Response r = put("networking-day", doc, 1, "콘솔에서 수정", KIM);

        assertThat(r.status()).isEqualTo(409);
        JsonNode versions = app.get("/admin/api/documents/networking-day/versions", KIM).json();
        assertThat(versions.get(0).get("by").asText()).isEqualTo("file");
        assertThat(versions.get(0).get("reason").asText()).contains("직접 고쳐졌습니다");
        assertThat(get("networking-day").get("version").asInt()).isEqualTo(2);
    }

    @Test
    void a_reason_is_required_and_a_document_that_does_not_exist_is_not_found() {
        assertThat(put("networking-day", get("networking-day"), 1, " ", KIM).status()).isEqualTo(400);
        assertThat(app.get("/admin/api/documents/no-such-doc", KIM).status()).isEqualTo(404);
        assertThat(app.request("DELETE", "/admin/api/documents/networking-day", null, KIM).status()).isEqualTo(400);
        assertThat(app.get("/admin/api/documents", Map.of("Authorization", "Bearer wrong")).status()).isEqualTo(401);
    }

    @Test
    void a_preview_answers_from_the_draft_without_touching_what_is_served() throws IOException {
        ObjectNode doc = newDocument("youth-startup-briefing");

        TestApp.Response r = app.request("POST", "/admin/api/documents/preview", Map.of("document", doc), KIM);

        assertThat(r.status()).isEqualTo(200);
        JsonNode answers = r.json().get("answers");
        assertThat(answers).hasSize(3);
        assertThat(answers.get(0).get("question").asText()).isEqualTo("청년 창업 설명회는 언제 열려요?");
        assertThat(answers.get(0).get("answer").asText()).contains("3월 12일");
        assertThat(answers.get(1).get("question").asText()).isEqualTo("청년 창업 설명회는 어디서 해요?");
        assertThat(answers.get(1).get("answer").asText()).contains("청년센터");
        assertThat(answers.get(1).get("sources").get(0).get("id").asText()).isEqualTo("youth-startup-briefing");
        assertThat(Files.exists(knowledge.resolve("programs/youth-startup-briefing.md"))).isFalse();
        assertThat(app.chat(null, "청년 창업 설명회는 어디서 열려요?").get("answer").asText()).doesNotContain("청년센터");
        assertThat(app.get("/admin/api/audit", KIM).json()).isEmpty();
    }

    @Test
    void a_preview_of_an_invalid_draft_lists_its_problems() {
        ObjectNode doc = newDocument("youth-startup-briefing");
        doc.remove("audience");

        TestApp.Response r = app.request("POST", "/admin/api/documents/preview", Map.of("document", doc,
                "questions", List.of("언제 해요?")), KIM);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("problems").toString()).contains("audience");
    }

    @Test
    void an_imported_file_becomes_a_draft_and_nothing_is_saved() {
        Multipart upload = Multipart.file("file", "보도자료.hwpx", "application/octet-stream",
                DistrictFiles.hwpx(DistrictFiles.PRESS_RELEASE));

        TestApp.Response r = app.postBytes("/admin/api/documents/import", upload.body(), upload.headers(KIM));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("title").asText()).isEqualTo("동구, 2026 사회적경제 청년 창업 설명회 개최");
        assertThat(r.json().get("source").get(0).get("name").asText()).isEqualTo("보도자료.hwpx");
        assertThat(app.get("/admin/api/documents", KIM).json()).hasSize(15);
    }

    @Test
    void malformed_oversized_and_mislabelled_uploads_get_the_contract_errors() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        byte[] pdf = DistrictFiles.pdf(DistrictFiles.PRESS_RELEASE);

        assertThat(upload("사진.hwp", png)).isEqualTo("415 unsupported_file");
        assertThat(upload("보도자료.pdf", java.util.Arrays.copyOf(pdf, 300))).isEqualTo("422 unreadable_file");
        // a declared oversize is answered before the body is read (and the connection closed): a client still
        // writing 11 MB may see a broken pipe instead, so this one declares the size and waits for the answer
        assertThat(declaredOversize(11 * 1024 * 1024 + 1)).startsWith("HTTP/1.1 413").contains("file_too_large");
        TestApp.Response notMultipart = app.request("POST", "/admin/api/documents/import", Map.of("file", "x"), KIM);
        assertThat(notMultipart.status()).isEqualTo(400);
        Multipart wrongField = Multipart.file("upload", "a.txt", "text/plain", "내용".getBytes());
        assertThat(app.postBytes("/admin/api/documents/import", wrongField.body(), wrongField.headers(KIM)).status())
                .isEqualTo(400);
        TestApp.Response garbage = app.postBytes("/admin/api/documents/import", "쓰레기".getBytes(),
                Map.of("Content-Type", "multipart/form-data; boundary=xyz", "Authorization", KIM.get("Authorization")));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(app.get("/health").status()).isEqualTo(200);
    }

    @Test
    void an_oversized_upload_without_a_length_is_stopped_while_it_is_read() {
        Multipart big = Multipart.file("file", "큰파일.pdf", "application/pdf", new byte[12 * 1024 * 1024]);
        java.net.http.HttpRequest.Builder chunked = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(app.url("/admin/api/documents/import")))
                .header("Content-Type", big.contentType()).header("Authorization", KIM.get("Authorization"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.body())));

        TestApp.Response r = app.send(chunked);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").get("code").asText()).isEqualTo("file_too_large");
    }

    private String declaredOversize(long length) {
        java.net.URI uri = java.net.URI.create(app.url("/admin/api/documents/import"));
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: " + KIM.get("Authorization")
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String upload(String name, byte[] bytes) {
        Multipart m = Multipart.file("file", name, "application/octet-stream", bytes);
        TestApp.Response r = app.postBytes("/admin/api/documents/import", m.body(), m.headers(KIM));
        assertThat(r.json().get("error").get("message").asText()).containsPattern("[가-힣]");
        return r.status() + " " + r.json().get("error").get("code").asText();
    }

    private ObjectNode newDocument(String id) {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"id": "%s", "title": "2026 사회적경제 청년 창업 설명회", "category": "행사",
                     "audience": ["resident"], "kind": "program", "aliases": ["청년 창업 설명회"], "year": 2026,
                     "source": [{"name": "동구청 보도자료", "date": "2026-02-20"}], "reviewed": "2026-11-20",
                     "sections": [
                       {"heading": "개요", "text": "2026 사회적경제 청년 창업 설명회는 사회적경제 분야 창업을 준비하는 청년을 위한 설명회입니다."},
                       {"heading": "일정", "text": "청년 창업 설명회는 2026년 3월 12일 14시에 열립니다."},
                       {"heading": "장소", "text": "청년 창업 설명회는 동구 청년센터 3층 다목적실에서 열립니다."},
                       {"heading": "대상", "text": "청년 창업 설명회에는 사회적경제 분야 창업에 관심 있는 청년이 참여할 수 있습니다."}
                     ]}""".formatted(id));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode get(String id) {
        TestApp.Response r = app.get("/admin/api/documents/" + id, KIM);
        assertThat(r.status()).isEqualTo(200);
        return (ObjectNode) r.json();
    }

    private TestApp.Response put(String id, ObjectNode doc, int version, String reason, Map<String, String> auth) {
        return app.request("PUT", "/admin/api/documents/" + id, Map.of("document", doc, "version", version,
                "reason", reason), auth);
    }

    private static ObjectNode section(ObjectNode doc, String heading) {
        for (JsonNode s : doc.get("sections")) {
            if (s.get("heading").asText().equals(heading)) {
                return (ObjectNode) s;
            }
        }
        throw new AssertionError("no section " + heading);
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode d : list) {
            if (d.get("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no document " + id + " in " + list);
    }
}
