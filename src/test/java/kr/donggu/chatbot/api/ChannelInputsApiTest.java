package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the fuzz run found: a channel message of control characters only gave a 500 (Kakao) or a dead worker. */
class ChannelInputsApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0001\u0002", "\u0000", "\u007F", "\u0008 \u0007"})
    void kakao_answers_a_message_of_control_characters_politely(String utterance, @TempDir Path data) {
        try (TestApp app = TestApp.start(data)) {
            ObjectNode request = ChannelsApiTest.sample("kakao-skill-request.json");
            ((ObjectNode) request.get("userRequest")).put("utterance", utterance);

            TestApp.Response r = app.post("/channels/kakao/skill", request.toString());

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("version").asText()).isEqualTo("2.0");
        }
    }

    @Test
    void control_characters_are_dropped_and_the_rest_is_answered(@TempDir Path data) {
        try (StandInServer platform = new StandInServer();
             TestApp app = TestApp.start(TestApp.config(data).withChannels(ChannelsApiTest.channels(platform)),
                     TestApp.FIXED_CLOCK)) {
            telegram(app, 1, "\u0001\u0002");
            telegram(app, 2, "도심 텃밭\u0001 누가 참여해요?");
            app.close();   // drains the reply workers

            assertThat(Db.column(data, "SELECT question FROM messages")).containsExactly("도심 텃밭 누가 참여해요?");
            assertThat(platform.received()).hasSize(1);
        }
    }

    private static void telegram(TestApp app, int updateId, String text) {
        ObjectNode update = ChannelsApiTest.sample("telegram-update-text-message.json");
        update.put("update_id", updateId);
        ((ObjectNode) update.get("message")).put("text", text);
        assertThat(app.postBytes("/channels/telegram/webhook", ChannelsApiTest.bytes(update),
                Map.of("X-Telegram-Bot-Api-Secret-Token", ChannelsApiTest.TG_SECRET)).status()).isEqualTo(200);
    }
}
