package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.Metrics;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.StandInServer.Reply;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naver TalkTalk Chat Bot API v1 with Naver's sample events, against a stand-in 보내기 API. */
class NaverTalkApiTest {

    static final String AUTHORIZATION = "ct_wc8b1i_Pb1AXDQ0RZWuCccpzdNL";
    static final String PATH = "/channels/navertalk/webhook";

    @TempDir
    Path data;
    StandInServer naver;
    TestApp app;

    @BeforeEach
    void start() {
        naver = new StandInServer().respond(r -> Reply.json("{\"success\":true,\"resultCode\":\"00\"}"));
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        naver.close();
    }

    void startApp(Config config) {
        app = TestApp.start(config.withChannels(Config.Channels.off().withNaverTalk(AUTHORIZATION, naver.url(),
                List.of("127.0.0.1/32", "::1/128"))), TestApp.FIXED_CLOCK);
    }

    static ObjectNode sample(String name) {
        return ChannelsApiTest.sample(name);
    }

    static ObjectNode send(String text) {
        ObjectNode event = sample("navertalk-event-send-text.json");
        ((ObjectNode) event.get("textContent")).put("text", text);
        return event;
    }

    @Test
    void a_send_event_is_answered_in_the_webhook_response_with_quick_buttons() {
        startApp(TestApp.config(data));

        TestApp.Response r = app.post(PATH, send("네트워킹 DAY는 언제 열렸나요?").toString());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode body = r.json();
        assertThat(body.get("event").asText()).isEqualTo("send");
        assertThat(body.get("textContent").get("text").asText()).contains("12월 18일").contains("출처:");
        JsonNode buttons = body.get("textContent").get("quickReply").get("buttonList");
        assertThat(buttons.size()).isBetween(1, 10);
        assertThat(buttons).allSatisfy(b -> {
            assertThat(b.get("type").asText()).isEqualTo("TEXT");
            assertThat(b.get("data").get("title").asText()).hasSizeLessThanOrEqualTo(10);
            assertThat(b.get("data").get("code").asText()).isNotBlank();
        });
        assertThat(naver.received()).isEmpty();
        assertThat(Db.column(data, "SELECT channel FROM messages")).containsExactly("navertalk");
    }

    @Test
    void a_tapped_quick_button_asks_its_whole_question_through_its_code() {
        startApp(TestApp.config(data));
        ObjectNode tap = send("누가 참여할 수…");
        ((ObjectNode) tap.get("textContent")).put("code", "스토리텔링 마케팅 지원사업은 누가 참여할 수 있나요?")
                .put("inputType", "button");

        JsonNode body = app.post(PATH, tap.toString()).json();

        assertThat(body.get("textContent").get("text").asText()).contains("스토리텔링");
        assertThat(Db.column(data, "SELECT question FROM messages")).containsExactly("스토리텔링 마케팅 지원사업은 누가 참여할 수 있나요?");
    }

    @Test
    void an_echo_is_never_answered() {
        startApp(TestApp.config(data));

        TestApp.Response r = app.post(PATH, sample("navertalk-event-echo.json").toString());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(Metrics.value(app, "channel_events_total", Map.of("platform", "navertalk", "outcome", "ignored")))
                .isEqualTo(1);
        assertThat(naver.received()).isEmpty();
        assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isZero();
    }

    @Test
    void open_is_greeted_and_leave_and_friend_are_acknowledged_only() {
        startApp(TestApp.config(data));

        JsonNode greeting = app.post(PATH, sample("navertalk-event-open.json").toString()).json();
        TestApp.Response leave = app.post(PATH, "{\"event\":\"leave\",\"user\":\"al-2eGuGr5WQOnco1_V-FQ\"}");
        TestApp.Response friend = app.post(PATH,
                "{\"event\":\"friend\",\"user\":\"al-2eGuGr5WQOnco1_V-FQ\",\"options\":{\"set\":\"on\"}}");

        assertThat(greeting.get("event").asText()).isEqualTo("send");
        assertThat(greeting.get("textContent").get("text").asText()).startsWith("안녕하세요");
        assertThat(greeting.get("textContent").get("quickReply").get("buttonList").size()).isBetween(1, 10);
        assertThat(List.of(leave, friend)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEmpty();
        });
        assertThat(naver.received()).isEmpty();
        assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isZero();
    }

    @Test
    void a_user_under_14_is_never_asked_for_personal_data() {
        startApp(TestApp.config(data));
        ObjectNode open = sample("navertalk-event-open.json");
        ((ObjectNode) open.get("options")).put("under14", true);
        app.post(PATH, open.toString());

        JsonNode refusal = app.post(PATH, send("담당자 연결").toString()).json();
        JsonNode answer = app.post(PATH, send("네트워킹 DAY는 언제 열렸나요?").toString()).json();

        assertThat(refusal.get("textContent").get("text").asText()).contains("만 14세 미만").doesNotContain("동의하시겠어요");
        assertThat(answer.get("textContent").get("text").asText()).contains("12월 18일");
        assertThat(Db.count(data, "SELECT COUNT(*) FROM tickets")).isZero();
    }

    @Test
    void an_answer_not_ready_in_time_goes_through_the_send_api() {
        try (StandInServer model = new StandInServer().respond(r -> new Reply(200, "application/json",
                LlmModeTest.completion(KakaoCallbackTest.MODEL_ANSWER).chunks(), Duration.ofSeconds(6)))) {
            startApp(TestApp.config(data).withModel(Config.ChatModelKind.OPENAI,
                    new Config.Llm(model.url() + "/v1", null, "slow-model", null, null), Duration.ofSeconds(20)));

            TestApp.Response immediate = app.post(PATH, send("ESG 환경마켓이 뭐예요?").toString());

            assertThat(immediate.status()).isEqualTo(200);
            assertThat(immediate.body()).isEmpty();
            StandInServer.Received pushed = naver.awaitRequests(1).get(0);
            assertThat(pushed.path()).isEqualTo("/chatbot/v1/event");
            assertThat(pushed.header("Authorization")).isEqualTo(AUTHORIZATION);
            JsonNode body = ChannelsApiTest.json(pushed.body());
            assertThat(body.get("event").asText()).isEqualTo("send");
            assertThat(body.get("user").asText()).isEqualTo("al-2eGuGr5WQOnco1_V-FQ");
            assertThat(body.get("textContent").get("text").asText()).contains("5개 프로젝트 가운데 하나입니다");
        }
    }

    @Test
    void a_push_naver_refuses_is_logged_and_counted() {
        naver.respond(r -> Reply.json("{\"success\":false,\"resultCode\":\"01\",\"resultMessage\":\"Authorization 정보 에러\"}"));
        try (StandInServer model = new StandInServer().respond(r -> new Reply(200, "application/json",
                LlmModeTest.completion(KakaoCallbackTest.MODEL_ANSWER).chunks(), Duration.ofSeconds(6)))) {
            startApp(TestApp.config(data).withModel(Config.ChatModelKind.OPENAI,
                    new Config.Llm(model.url() + "/v1", null, "slow-model", null, null), Duration.ofSeconds(20)));

            app.post(PATH, send("ESG 환경마켓이 뭐예요?").toString());

            assertThat(Metrics.await(app, "channel_delivery_failures_total",
                    Map.of("platform", "navertalk", "reason", "rejected"), 1)).isEqualTo(1);
            assertThat(Metrics.value(app, "channel_tasks_total", Map.of("platform", "navertalk",
                    "outcome", "undelivered"))).isEqualTo(1);
        }
    }

    @Test
    void only_the_allowed_sources_are_heard_and_the_channel_is_off_without_its_key(@TempDir Path other) {
        app = TestApp.start(TestApp.config(data).withChannels(Config.Channels.off().withNaverTalk(AUTHORIZATION,
                naver.url(), Config.Channels.DEFAULT_NAVERTALK_ALLOWED_SOURCES)), TestApp.FIXED_CLOCK);

        TestApp.Response refused = app.post(PATH, send("네트워킹 DAY는 언제 열렸나요?").toString());

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("error").get("code").asText()).isEqualTo("unauthorized");
        assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isZero();
        try (TestApp off = TestApp.start(other)) {
            assertThat(off.post(PATH, send("안녕하세요").toString()).status()).isEqualTo(404);
        }
    }

    @Test
    void a_user_over_the_rate_limit_is_told_politely_and_naver_still_gets_its_200() {
        app = TestApp.start(TestApp.config(data).withChannels(Config.Channels.off().withNaverTalk(AUTHORIZATION,
                naver.url(), List.of("127.0.0.1/32", "::1/128")).withPerUserPerMinute(2)), TestApp.FIXED_CLOCK);

        app.post(PATH, send("네트워킹 DAY는 언제 열렸나요?").toString());
        app.post(PATH, send("ESG 환경마켓이 뭐예요?").toString());
        TestApp.Response limited = app.post(PATH, send("씨앗프로젝트가 뭐예요?").toString());

        assertThat(limited.status()).isEqualTo(200);
        assertThat(limited.json().get("textContent").get("text").asText()).contains("잠시 답변을 멈췄습니다");
        assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isEqualTo(2);
    }

    @Test
    void the_console_counts_naver_talktalk_among_the_channels() {
        startApp(TestApp.config(data));
        app.post(PATH, send("네트워킹 DAY는 언제 열렸나요?").toString());

        JsonNode stats = app.get("/admin/api/stats", Map.of("Authorization", "Bearer test-admin-token")).json();

        assertThat(stats.get("channels").get("navertalk").asLong()).isEqualTo(1);
    }
}
