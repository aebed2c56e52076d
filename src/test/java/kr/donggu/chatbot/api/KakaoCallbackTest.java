package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Metrics;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.StandInServer.Reply;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * KakaoTalk with a language model that takes 6 seconds (the stand-in answers after a 6 s pause): the callback path
 * has its own long budget and carries the model's answer; a callback URL off the allow-list, or one that redirects,
 * never makes the server call anywhere else. Timings are measured in bench/, not here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KakaoCallbackTest {

    static final String MODEL_ANSWER = "ESG 환경마켓은 별별동구 사회혁신 협력 프로젝트로 추진된 5개 프로젝트 가운데 하나입니다.";

    StandInServer model;
    StandInServer kakao;
    StandInServer redirector;
    StandInServer elsewhere;
    TestApp app;

    @BeforeAll
    void start(@TempDir Path data) {
        model = new StandInServer().respond(r -> new Reply(200, "application/json",
                LlmModeTest.completion(MODEL_ANSWER).chunks(), Duration.ofSeconds(6)));
        kakao = new StandInServer().respond(r -> Reply.json("""
                {"taskId":"7c1d5ad0-7e1a-4c5e-9a5b-2f0b7d0e6a11","status":"SUCCESS","message":"ok","timestamp":1}"""));
        elsewhere = new StandInServer();
        redirector = new StandInServer();
        Config.Channels channels = Config.Channels.off()
                .withKakaoCallback(List.of(kakao.url(), redirector.url()), Duration.ofSeconds(30));
        app = TestApp.start(TestApp.config(data).withModel(Config.ChatModelKind.OPENAI,
                new Config.Llm(model.url() + "/v1", null, "slow-model", null, null), Config.DEFAULT_LLM_TIMEOUT)
                .withChannels(channels), TestApp.FIXED_CLOCK);
    }

    @AfterAll
    void stop() {
        app.close();
        List.of(model, kakao, redirector, elsewhere).forEach(StandInServer::close);
    }

    static ObjectNode request(String utterance, String userId, String callbackUrl) {
        ObjectNode request = ChannelsApiTest.sample("kakao-skill-request.json");
        ObjectNode user = (ObjectNode) request.get("userRequest");
        user.put("utterance", utterance);
        ((ObjectNode) user.get("user")).put("id", userId);
        if (callbackUrl != null) {
            user.put("callbackUrl", callbackUrl);
        }
        return request;
    }

    @Test
    void the_callback_carries_the_answer_of_a_model_that_takes_6_seconds() {
        JsonNode immediate = app.post("/channels/kakao/skill",
                request("ESG 환경마켓이 뭐예요?", "user-callback", kakao.url() + "/v1/bots/b1/callback/token-1").toString())
                .json();

        assertThat(immediate.get("useCallback").asBoolean()).isTrue();
        assertThat(immediate.has("template")).isFalse();
        assertThat(immediate.get("data").get("text").asText()).isNotBlank();
        StandInServer.Received posted = kakao.awaitRequests(1).get(0);
        assertThat(posted.path()).isEqualTo("/v1/bots/b1/callback/token-1");
        JsonNode body = ChannelsApiTest.json(posted.body());
        assertThat(body.get("version").asText()).isEqualTo("2.0");
        assertThat(body.get("template").get("outputs").get(0).get("simpleText").get("text").asText())
                .contains("5개 프로젝트 가운데 하나입니다").contains("출처:");
        assertThat(body.get("data").get("mode").asText()).isEqualTo("openai");
    }

    @Test
    void without_a_callback_the_skill_answers_in_the_response_itself() {
        JsonNode direct = app.post("/channels/kakao/skill", request("ESG 환경마켓이 뭐예요?", "user-direct", null)
                .toString()).json();

        assertThat(direct.get("version").asText()).isEqualTo("2.0");
        assertThat(direct.has("useCallback")).isFalse();
        assertThat(direct.get("template").get("outputs").get(0).get("simpleText").get("text").asText()).isNotBlank();
    }

    @Test
    void a_callback_url_off_the_allow_list_is_never_called() {
        double refusedBefore = refused();
        for (String url : List.of(elsewhere.url() + "/internal/admin", "https://bot-api.kakao.com.evil.example/cb",
                "https://bot-api.kakao.com@127.0.0.1:" + elsewhere.url().replaceAll(".*:", "") + "/cb")) {
            JsonNode response = app.post("/channels/kakao/skill", request("ESG 환경마켓이 뭐예요?", "user-ssrf", url)
                    .toString()).json();

            assertThat(response.has("useCallback")).as(url).isFalse();
            assertThat(response.get("template")).as(url).isNotNull();
        }

        assertThat(refused() - refusedBefore).isEqualTo(3);
        assertThat(elsewhere.received()).isEmpty();
    }

    @Test
    void a_redirect_from_the_callback_host_is_not_followed() {
        double failedBefore = Metrics.value(app, "channel_delivery_failures_total",
                Map.of("platform", "kakao", "reason", "http_3xx"));
        redirector.respond(r -> Reply.redirect(elsewhere.url() + "/internal/admin"));

        JsonNode immediate = app.post("/channels/kakao/skill", request("ESG 환경마켓이 뭐예요?", "user-redirect",
                redirector.url() + "/callback/token-2").toString()).json();

        assertThat(immediate.get("useCallback").asBoolean()).isTrue();
        assertThat(Metrics.await(app, "channel_delivery_failures_total",
                Map.of("platform", "kakao", "reason", "http_3xx"), failedBefore + 1)).isEqualTo(failedBefore + 1);
        assertThat(redirector.received()).hasSize(1);
        assertThat(elsewhere.received()).isEmpty();
    }

    private double refused() {
        return Metrics.value(app, "channel_events_total", Map.of("platform", "kakao", "outcome", "callback_refused"));
    }
}
