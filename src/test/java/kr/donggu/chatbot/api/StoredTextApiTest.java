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

/**
 * Names, contacts and comments follow the rules of a message: a control character or an unpaired surrogate (a lone
 * {@code \\uD800} escape in the JSON) is refused, not stored as a {@code ?} the database driver puts in its place.
 * A channel message, which cannot be refused, loses them and is answered.
 */
class StoredTextApiTest {

    static final Map<String, String> ADMIN = Map.of("Authorization", "Bearer test-admin-token");

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\":\"홍\\uD800\",\"contact\":\"010-1111-2222\",\"question\":\"문의\",\"consent\":true}",
            "{\"name\":\"홍길동\",\"contact\":\"\\uDC00\",\"question\":\"문의\",\"consent\":true}",
            "{\"name\":\"홍길동\\u0007\",\"contact\":\"010-1111-2222\",\"question\":\"문의\",\"consent\":true}",
            "{\"name\":\"홍길동\",\"contact\":\"010-1111-2222\",\"question\":\"문의 \\uD800\",\"consent\":true}"})
    void a_hand_off_with_unstorable_text_is_refused(String body, @TempDir Path data) {
        try (TestApp app = TestApp.start(data)) {
            TestApp.Response r = app.post("/api/handoff", body);

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("error").get("code").asText()).isEqualTo("invalid_request");
            assertThat(app.get("/admin/api/tickets", ADMIN).json()).isEmpty();
        }
    }

    @Test
    void a_channel_message_loses_a_lone_surrogate_and_is_answered(@TempDir Path data) {
        try (StandInServer platform = new StandInServer();
             TestApp app = TestApp.start(TestApp.config(data).withChannels(ChannelsApiTest.channels(platform)),
                     TestApp.FIXED_CLOCK)) {
            ObjectNode update = ChannelsApiTest.sample("telegram-update-text-message.json");
            ((ObjectNode) update.get("message")).put("text", "주차장 LONE 몇 시까지 해요?");
            byte[] body = update.toString().replace("LONE", "\\uD800").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            app.postBytes("/channels/telegram/webhook", body,
                    Map.of("X-Telegram-Bot-Api-Secret-Token", ChannelsApiTest.TG_SECRET));
            platform.awaitRequests(1);

            app.close();   // drains the reply workers

            assertThat(Db.column(data, "SELECT question FROM messages")).containsExactly("주차장  몇 시까지 해요?");
        }
    }
}
