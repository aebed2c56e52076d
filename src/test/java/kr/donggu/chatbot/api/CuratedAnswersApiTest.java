package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.SettableClock;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Curated answers end to end: written by staff over the admin API, served ahead of the documents to the question,
 * its paraphrases and nothing else, in the chat API and in KakaoTalk, until their review day; refused when they
 * contradict the section they cite; covering the unanswered questions they answer.
 */
class CuratedAnswersApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "Bearer test-admin-token";
    private static final String PARKING = "동구청 주차장은 몇 시까지 운영해요?";
    private static final String PARKING_TEXT = "동구청 주차장 운영 시간은 동구청 누리집의 청사 안내에서 확인하실 수 있습니다.";

    @TempDir
    Path data;
    private SettableClock clock;
    private TestApp app;

    @BeforeEach
    void start() {
        clock = new SettableClock(TestApp.FIXED_CLOCK);   // 2026-11-24 12:00 KST
        app = TestApp.start(TestApp.config(data), clock);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private TestApp.Response admin(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
            return app.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", TOKEN)
                    .header("Content-Type", "application/json").method(method, publisher));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String create(Map<String, Object> body) {
        TestApp.Response r = admin("POST", "/admin/api/answers", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static Map<String, Object> parking(String validUntil) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("question", PARKING,
                "variants", List.of("동구청 주차장 몇시까지 운영하나요"), "answer", PARKING_TEXT));
        if (validUntil != null) {
            body.put("validUntil", validUntil);
        }
        return body;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean serves(JsonNode reply, String id) {
        return reply.get("sources").size() > 0 && reply.get("sources").get(0).get("id").asText().equals("answer:" + id);
    }

    @Test
    void a_paraphrase_gets_the_curated_answer_first_cited_and_answered() {
        String id = create(parking("2026-12-31"));

        JsonNode reply = app.chat(null, "구청 주차장은 저녁에 몇 시까지 열어요?");

        assertThat(reply.get("answered").asBoolean()).isTrue();
        assertThat(reply.get("answer").asText()).startsWith(PARKING_TEXT).contains("출처: 담당자 확인 답변");
        assertThat(reply.get("sources").get(0)).isEqualTo(json("{\"id\": \"answer:" + id
                + "\", \"title\": \"담당자 확인 답변\", \"section\": null, \"url\": null}"));
        assertThat(Db.column(data, "SELECT reason FROM messages")).containsExactly("curated");
    }

    @Test
    void a_question_sharing_one_word_or_asking_another_thing_is_not_given_it() {
        String id = create(parking(null));

        for (String other : List.of("동구청 민원실은 몇 시까지 운영해요?", "동구청 주차장 요금은 얼마예요?",
                "네트워킹 데이는 언제 열렸어요?")) {
            assertThat(serves(app.chat(null, other), id)).as(other).isFalse();
        }
    }

    @Test
    void a_cited_section_follows_the_curated_source_and_the_kakao_skill_serves_it_too() {
        String id = create(Map.of("question", "네트워킹 데이 참석하려면 어디에 신청해요?",
                "answer", "네트워킹 DAY 참석은 광주광역시 동구청 사회적경제 담당 부서에 확인해 주세요.",
                "sources", List.of(Map.of("id", "networking-day", "section", "신청·문의"))));

        JsonNode reply = app.chat(null, "네트워킹 DAY 참석 신청은 어디로 하나요?");
        JsonNode kakao = KakaoApiTest.say(app, "resident-7", "네트워킹데이 참석 신청은 어디서 해요?");

        assertThat(serves(reply, id)).as(reply.toString()).isTrue();
        assertThat(reply.get("sources").get(1).get("id").asText()).isEqualTo("networking-day");
        assertThat(reply.get("sources").get(1).get("section").asText()).isEqualTo("신청·문의");
        assertThat(KakaoApiTest.text(kakao)).contains("사회적경제 담당 부서에 확인해 주세요").contains("담당자 확인 답변");
        assertThat(Db.column(data, "SELECT channel || ':' || reason FROM messages ORDER BY created_at"))
                .containsExactly("web:curated", "kakao:curated");
    }

    @Test
    void an_answer_contradicting_its_cited_section_is_refused_and_nothing_is_saved() {
        TestApp.Response r = admin("POST", "/admin/api/answers", Map.of("question", "네트워킹 데이는 언제 열렸어요?",
                "answer", "2025년 네트워킹 DAY는 12월 20일에 열렸습니다.",
                "sources", List.of(Map.of("id", "networking-day", "section", "일정"))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("error").get("code").asText()).isEqualTo("contradicts_source");
        assertThat(r.json().get("error").get("message").asText()).contains("12월 20일").contains("일정")
                .contains("맞지 않습니다");
        assertThat(Db.count(data, "SELECT COUNT(*) FROM curated_answers")).isZero();
    }

    @Test
    void an_answer_adding_what_its_section_lacks_is_saved_and_served_as_written() {
        String text = "2025년 네트워킹 DAY는 12월 18일에 열렸습니다. 2026년 행사 일정은 정해지는 대로 동구청 누리집에 안내합니다.";
        String id = create(Map.of("question", "네트워킹 데이 올해도 해요?", "answer", text,
                "sources", List.of(Map.of("id", "networking-day", "section", "일정"))));

        JsonNode reply = app.chat(null, "네트워킹데이 올해도 하나요?");

        assertThat(serves(reply, id)).as(reply.toString()).isTrue();
        assertThat(reply.get("answer").asText()).startsWith(text);
    }

    @Test
    void an_expired_answer_is_no_longer_served_and_is_flagged_in_the_knowledge_report() {
        String id = create(parking("2026-11-25"));
        assertThat(serves(app.chat(null, PARKING), id)).isTrue();

        clock.advance(Duration.ofDays(2));   // 2026-11-26: the review day has passed

        assertThat(serves(app.chat(null, PARKING), id)).isFalse();
        JsonNode report = app.get("/admin/api/knowledge", Map.of("Authorization", TOKEN)).json();
        assertThat(report.get("curatedAnswers")).singleElement().satisfies(a -> {
            assertThat(a.get("id").asText()).isEqualTo(id);
            assertThat(a.get("validUntil").asText()).isEqualTo("2026-11-25");
            assertThat(a.get("flags").toString()).contains("expired");
        });
        assertThat(admin("GET", "/admin/api/answers", null).json().get(0).get("flags").toString()).contains("expired");
    }

    @Test
    void the_unanswered_group_leaves_the_list_once_answered_and_returns_when_the_answer_is_deleted() {
        app.chat(null, PARKING);
        app.chat(null, "동구청 주차장 몇시까지 운영하나요");
        app.chat(null, "여권 발급은 어디서 해요?");
        assertThat(unanswered()).contains(PARKING);

        TestApp.Response created = admin("POST", "/admin/api/answers", parking(null));

        assertThat(created.json().get("covered").asInt()).isEqualTo(2);
        assertThat(unanswered()).doesNotContain("주차장").contains("여권");

        assertThat(admin("DELETE", "/admin/api/answers/" + created.json().get("id").asText(), null).status())
                .isEqualTo(204);
        assertThat(unanswered()).contains("주차장");
    }

    private String unanswered() {
        return app.get("/admin/api/unanswered", Map.of("Authorization", TOKEN)).json().get("groups").toString();
    }

    @Test
    void staff_list_replace_and_delete_answers_and_each_change_is_audited() {
        String id = create(parking(null));
        String replaced = "동구청 주차장 이용 안내는 동구청 누리집에서 확인해 주세요.";

        TestApp.Response put = admin("PUT", "/admin/api/answers/" + id, Map.of("question", PARKING, "answer", replaced,
                "validUntil", "2027-01-31"));
        JsonNode listed = admin("GET", "/admin/api/answers", null).json();

        assertThat(put.status()).isEqualTo(200);
        assertThat(listed).singleElement().satisfies(a -> {
            assertThat(a.get("answer").asText()).isEqualTo(replaced);
            assertThat(a.get("variants")).isEmpty();
            assertThat(a.get("validUntil").asText()).isEqualTo("2027-01-31");
            assertThat(a.get("updatedBy").asText()).isEqualTo("admin");
        });
        assertThat(app.chat(null, PARKING).get("answer").asText()).startsWith(replaced);

        assertThat(admin("DELETE", "/admin/api/answers/" + id, null).status()).isEqualTo(204);
        assertThat(admin("GET", "/admin/api/answers", null).json()).isEmpty();
        assertThat(serves(app.chat(null, PARKING), id)).isFalse();
        List<String> actions = new ArrayList<>();
        app.get("/admin/api/audit", Map.of("Authorization", TOKEN)).json()
                .forEach(e -> actions.add(e.get("action").asText() + " " + e.get("target").asText() + " "
                        + e.get("detail").asText()));
        assertThat(actions).containsExactly("answer_deleted " + id + " " + PARKING,
                "answer_updated " + id + " " + PARKING, "answer_created " + id + " " + PARKING);
    }

    @Test
    void bad_requests_get_the_contract_error_and_change_nothing() {
        List<Object[]> cases = List.of(
                new Object[] {"{\"question\": ", 400, "invalid_request"},
                new Object[] {Map.of("answer", "답변"), 400, "invalid_request"},
                new Object[] {Map.of("question", "  ", "answer", "답변"), 400, "invalid_request"},
                new Object[] {Map.of("question", PARKING), 400, "invalid_request"},
                new Object[] {Map.of("question", PARKING, "answer", "답변", "variants", "한 줄"), 400, "invalid_request"},
                new Object[] {Map.of("question", PARKING, "answer", "답변", "validUntil", "내일"), 400,
                        "invalid_request"},
                new Object[] {Map.of("question", PARKING, "answer", "답변", "validUntil", "2026-11-23"), 400,
                        "invalid_request"},
                new Object[] {Map.of("question", PARKING, "answer", "답변", "sources", List.of(Map.of("id", "nope"))),
                        400, "invalid_request"},
                new Object[] {Map.of("question", PARKING, "answer", "답변", "sources",
                        List.of(Map.of("id", "networking-day", "section", "없는 절"))), 400, "invalid_request"},
                new Object[] {Map.of("question", PARKING, "answer", "담당자 번호는 010-1234-5678입니다."), 400,
                        "invalid_request"},
                new Object[] {Map.of("question", "가".repeat(301), "answer", "답변"), 400, "invalid_request"});
        for (Object[] c : cases) {
            TestApp.Response r = admin("POST", "/admin/api/answers", c[0]);
            assertThat(r.status()).as(c[0].toString()).isEqualTo(c[1]);
            assertThat(r.json().get("error").get("code").asText()).as(c[0].toString()).isEqualTo(c[2]);
            assertThat(r.json().get("error").get("message").asText()).as(c[0].toString()).matches(".*[가-힣].*");
        }
        assertThat(admin("PUT", "/admin/api/answers/nope", parking(null)).status()).isEqualTo(404);
        assertThat(admin("DELETE", "/admin/api/answers/nope", null).status()).isEqualTo(404);
        assertThat(app.post("/admin/api/answers", parking(null)).status()).isEqualTo(401);
        assertThat(Db.count(data, "SELECT COUNT(*) FROM curated_answers")).isZero();
        assertThat(Db.count(data, "SELECT COUNT(*) FROM audit")).isZero();
    }
}
