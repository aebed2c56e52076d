package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.StandInServer.Reply;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kakao gives a skill 5 seconds; with a deliberately slow model the reply must still come from the documents (the
 * fallback), or at once as {@code useCallback} with the answer posted later. How long each takes is measured in
 * {@code bench/} ({@code TimingBudgets}), not asserted here.
 */
class KakaoSlowModelTest {

    @Test
    void answers_from_the_documents_or_uses_the_callback_when_offered(@TempDir Path data) {
        try (StandInServer slowModel = new StandInServer().respond(r ->
                new Reply(200, "application/json", List.of("{}"), Duration.ofSeconds(8)));
             StandInServer kakao = new StandInServer();
             TestApp app = TestApp.start(TestApp.config(data).withModel(Config.ChatModelKind.OPENAI,
                     new Config.Llm(slowModel.url() + "/v1", null, "slow", null, null), Config.DEFAULT_LLM_TIMEOUT),
                     TestApp.FIXED_CLOCK)) {
            ObjectNode request = ChannelsApiTest.sample("kakao-skill-request.json");
            ((ObjectNode) request.get("userRequest")).put("utterance", "네트워킹 데이는 언제 열렸어요?");

            // without a callback URL: the embedded answer, the model being too slow
            JsonNode direct = app.post("/channels/kakao/skill", request.toString()).json();
            assertThat(direct.get("template").get("outputs").get(0).get("simpleText").get("text").asText()).contains("12월 18일");

            // with one: useCallback at once, the answer posted to the callback URL afterwards
            ((ObjectNode) request.get("userRequest")).put("callbackUrl", kakao.url() + "/callback/token-1");
            JsonNode immediate = app.post("/channels/kakao/skill", request.toString()).json();
            assertThat(immediate.get("version").asText()).isEqualTo("2.0");
            assertThat(immediate.get("useCallback").asBoolean()).isTrue();
            assertThat(immediate.has("template")).isFalse();

            StandInServer.Received posted = kakao.awaitRequests(1).get(0);
            assertThat(posted.path()).isEqualTo("/callback/token-1");
            assertThat(posted.body()).contains("\"version\":\"2.0\"").contains("simpleText").contains("12월 18일");
        }
    }
}
