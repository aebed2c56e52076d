package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.EvalSet;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.StandInServer.Reply;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The claim guard end to end: a stand-in OpenAI-compatible model answers the way real models often do, with one
 * invented sentence of each kind, and what reaches the resident over {@code /api/chat}, {@code /api/chat/stream}
 * and the KakaoTalk skill has none of them, keeps what the documents say, and still answers what was asked.
 */
class GuardApiTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path data;
    static StandInServer model;
    static StandInServer kakao;
    static TestApp app;

    @BeforeAll
    static void start() {
        model = new StandInServer();
        kakao = new StandInServer();
        Config.Llm llm = new Config.Llm(model.url() + "/v1", "test-key", "fake-model", null, null);
        // the Kakao stand-in is on loopback http: it must be on the callback allow-list (#14.4)
        app = TestApp.start(TestApp.config(data).withModel(Config.ChatModelKind.OPENAI, llm, TIMEOUT)
                .withChannels(Config.Channels.off().withKakaoCallback(java.util.List.of(kakao.url()),
                        java.time.Duration.ofSeconds(30))), TestApp.FIXED_CLOCK);
    }

    @AfterAll
    static void stop() {
        app.close();
        model.close();
        kakao.close();
    }

    /** The model answers every request, streamed or not, with {@code answer}. */
    static void modelAnswers(String answer) {
        model.respond(r -> r.body().contains("\"stream\" : true") ? streamed(answer) : LlmModeTest.completion(answer));
    }

    static Reply streamed(String answer) {
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < answer.length(); i += 12) {
            chunks.add(LlmModeTest.chunk(answer.substring(i, Math.min(answer.length(), i + 12))));
        }
        chunks.add("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake-model\","
                + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
        chunks.add("data: [DONE]\n\n");
        return new Reply(200, "text/event-stream", chunks, Duration.ZERO);
    }

    static List<String> actionsOf(JsonNode reply) {
        return Db.column(data, "SELECT action FROM guard_events WHERE message_id = '"
                + reply.get("messageId").asText() + "'");
    }

    @Test
    void a_wrong_count_is_replaced_by_the_documented_one_and_the_other_inventions_are_removed() {
        modelAnswers("""
                스토리텔링 마케팅 지원사업은 사회적 가치 창출 사례를 콘텐츠로 제작해 홍보하는 사업입니다. \
                2025년에 5개 기업의 브랜딩을 지원했습니다. 선정된 기업 대표는 남병효 회장입니다. \
                사회공헌 프로젝트는 단순한 기부 사업입니다. 지원 기업은 내년에도 다시 선정됩니다.""");

        JsonNode reply = app.chat(null, "스토리텔링 마케팅 지원사업은 몇 개 기업을 지원했어요?");

        String answer = reply.get("answer").asText();
        assertThat(answer).contains("콘텐츠로 제작해 홍보하는 사업입니다").contains("4개소")
                .doesNotContain("5개 기업").doesNotContain("남병효").doesNotContain("단순한 기부 사업")
                .doesNotContain("내년에도");
        assertThat(reply.get("answered").asBoolean()).isTrue();
        assertThat(actionsOf(reply)).contains("removed_count", "removed_person_role", "removed_polarity",
                "removed_future");
        assertThat(app.get("/metrics").body()).contains("fact_guard_removals_total{kind=\"PERSON_ROLE\"");
    }

    @Test
    void when_nothing_true_is_left_the_reply_says_the_documents_lack_it_and_is_not_answered() {
        modelAnswers("""
                ESG 환경마켓은 매월 셋째 주 토요일 동구청 광장에서 열립니다. 2026년에도 같은 방식으로 운영됩니다. \
                (주)보나드스토리가 ESG 환경마켓을 단독으로 운영했습니다.""");
        long unansweredBefore = Db.count(data, "SELECT COUNT(*) FROM unanswered");

        JsonNode reply = app.chat(null, "ESG 환경마켓은 어디서 열려요?");

        String answer = reply.get("answer").asText();
        assertThat(answer).contains("나와 있지 않습니다").doesNotContain("셋째 주").doesNotContain("광장")
                .doesNotContain("2026년에도").doesNotContain("단독");
        assertThat(reply.get("answered").asBoolean()).isFalse();
        assertThat(Db.count(data, "SELECT COUNT(*) FROM unanswered")).isEqualTo(unansweredBefore + 1);
        assertThat(actionsOf(reply)).contains("removed_recurrence", "removed_future", "removed_organisation");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "count          | 사회혁신 협력 프로젝트는 뭐예요? | 별별동구 사회혁신 협력 프로젝트는 광주광역시 동구가 2025년에 추진한 사회적경제 사업입니다. | 2025년에 총 7개 프로젝트가 추진되었습니다. | removed_count",
            "date           | 네트워킹 데이가 뭐예요? | 동구 사회적경제 네트워킹 DAY는 2025년 12월 18일에 열렸습니다. | 같은 행사가 2025년 6월 5일에도 열렸습니다. | removed_date",
            "recurring date | ESG 환경마켓이 뭐예요? | ESG 환경마켓은 2025년에 추진되었습니다. | ESG 환경마켓은 매월 셋째 주 토요일에 열립니다. | removed_recurrence",
            "place          | 동명목재문화센터 전시는 뭐예요? | 전시 공간은 동명목재문화센터 안에 조성되었습니다. | 전시는 대인시장 입구에서도 볼 수 있습니다. | removed_place",
            "person-role    | 동구사회적경제연합회가 뭐예요? | 동구사회적경제연합회의 회장은 남병효입니다. | 부회장은 김유미 대표입니다. | removed_person_role",
            "organisation   | ESG 환경마켓이 뭐예요? | ESG 환경마켓은 환경을 주제로 한 마켓입니다. | 광주사회혁신재단이 주관합니다. | removed_organisation",
            "polarity       | 사회공헌 프로젝트는 그냥 기부하는 거예요? | 참여 기업들은 각자의 전문성을 살린 프로그램을 시설에 제공했습니다. | 사회공헌 프로젝트는 단순한 기부 사업입니다. | removed_polarity",
            "scope          | ESG 환경마켓은 누가 운영했어요? | ESG 환경마켓 운영은 동구의 사회적경제기업들이 협업해 추진했습니다. | 동구의 모든 사회적경제기업이 빠짐없이 참여했습니다. | removed_scope",
            "future         | 사회공헌 프로젝트가 뭐예요? | 별별동구 사회공헌 프로젝트는 2025년에 추진되었습니다. | 2026년에도 같은 방식으로 운영됩니다. | removed_future",
            "wrong program  | 씨앗프로젝트가 뭐예요? | 씨앗프로젝트를 통해 문화예술교육 콘텐츠가 개설되었습니다. | 씨앗프로젝트는 생애전환기 대상자와 함께 도심 텃밭을 가꿨습니다. | removed_program",
    })
    void each_kind_of_invented_sentence_is_removed_and_the_documented_one_kept(String kind, String question,
                                                                              String documented, String invented,
                                                                              String action) {
        modelAnswers(documented + " " + invented);

        JsonNode reply = app.chat(null, question);

        assertThat(reply.get("answer").asText()).contains(documented).doesNotContain(invented);
        assertThat(reply.get("mode").asText()).isEqualTo("openai");
        assertThat(actionsOf(reply)).containsExactly(action);
    }

    @Test
    void the_stream_sends_only_supported_sentences_and_ends_with_the_documented_value() {
        modelAnswers("""
                스토리텔링 마케팅 지원사업은 사회적 가치 창출 사례를 콘텐츠로 제작해 홍보하는 사업입니다. \
                2025년에 5개 기업의 브랜딩을 지원했습니다. 선정된 기업 대표는 남병효 회장입니다. \
                지원 기업은 내년에도 다시 선정됩니다.""");

        TestApp.Response r = app.post("/api/chat/stream", Map.of("message", "스토리텔링 마케팅 지원사업은 몇 개 기업을 지원했어요?"));

        String body = r.body();
        String tokens = body.substring(0, body.indexOf("event: done"));
        String done = body.substring(body.indexOf("event: done"));
        assertThat(tokens).contains("event: token\ndata: 스토리텔링 마케팅 지원사업은 사회적 가치 창출 사례를")
                .doesNotContain("5개 기업").doesNotContain("남병효").doesNotContain("내년에도");
        assertThat(done).contains("4개소").contains("\"answered\":true").doesNotContain("5개 기업")
                .doesNotContain("남병효").doesNotContain("내년에도");
    }

    @Test
    void the_kakao_skill_reply_carries_no_invented_sentence() {
        modelAnswers("""
                (주)보나드스토리는 2025년 사회혁신 협력 프로젝트와 별별동구 사회공헌 프로젝트에 모두 참여했습니다. \
                (주)보나드스토리의 대표는 남병효입니다. (주)보나드스토리는 광주사회혁신재단과 함께 일합니다.""");
        ObjectNode request = ChannelsApiTest.sample("kakao-skill-request.json");
        ((ObjectNode) request.get("userRequest")).put("utterance", "보나드스토리는 어떤 사업에 참여했어요?");

        JsonNode response = app.post("/channels/kakao/skill", request.toString()).json();

        String text = response.get("template").get("outputs").get(0).get("simpleText").get("text").asText();
        assertThat(text).contains("모두 참여했습니다").doesNotContain("남병효").doesNotContain("광주사회혁신재단");
        assertThat(Db.column(data, "SELECT action FROM guard_events")).contains("removed_organisation");
    }

    @Test
    void nothing_the_embedded_answerer_builds_drifts_from_its_sources(@TempDir Path embeddedData) {
        try (TestApp embedded = TestApp.start(embeddedData)) {
            for (EvalSet.Item item : EvalSet.load()) {
                embedded.chat(null, item.q());
            }
        }

        assertThat(Db.count(embeddedData, "SELECT COUNT(*) FROM messages")).isEqualTo(EvalSet.load().size());
        assertThat(Db.column(embeddedData, "SELECT action || ' ' || detail FROM guard_events")).isEmpty();
    }

    @Test
    void the_kakao_callback_posts_a_guarded_answer() {
        // slower than the skill's synchronous budget, so the answer goes by the callback
        String answer = """
                동구 사회적경제 네트워킹 DAY는 2025년 12월 18일에 열렸습니다. \
                행사는 매년 12월 셋째 주 목요일 동구청 대회의실에서 열립니다.""";
        model.respond(r -> new Reply(200, "application/json", LlmModeTest.completion(answer).chunks(),
                Duration.ofSeconds(5)));
        ObjectNode request = ChannelsApiTest.sample("kakao-skill-request.json");
        ((ObjectNode) request.get("userRequest")).put("utterance", "네트워킹 데이는 언제 열렸어요?");
        ((ObjectNode) request.get("userRequest")).put("callbackUrl", kakao.url() + "/callback/guard");

        JsonNode immediate = app.post("/channels/kakao/skill", request.toString()).json();

        assertThat(immediate.get("useCallback").asBoolean()).isTrue();
        StandInServer.Received posted = kakao.awaitRequests(1).get(0);
        assertThat(posted.body()).contains("12월 18일에 열렸습니다").doesNotContain("셋째 주").doesNotContain("대회의실");
    }
}
