package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Await;
import kr.donggu.chatbot.support.CapturedLogs;
import kr.donggu.chatbot.support.RawHttp;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.StandInServer.Reply;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The logs on the paths where a message could slip in: a model that fails and echoes the request in its error,
 * a stream that breaks, a platform that refuses our reply and echoes it, bodies that are not JSON or too large,
 * rate limits, Jetty's own errors. Not one line holds the message, the resident's name or contact.
 */
class LogPrivacyApiTest {

    static final String NAME = "김복순";
    static final String CONTACT = "bogsun.kim@example.org";
    static final String WORDS = "우리동네비밀텃밭모임";
    static final String MESSAGE = WORDS + " {{x}} 알려주세요, " + NAME + " " + CONTACT;

    @Test
    void no_line_holds_a_message_a_name_or_a_contact(@TempDir Path data) {
        try (StandInServer model = new StandInServer().respond(r -> new Reply(500, "application/json",
                     List.of("{\"error\":{\"message\":\"cannot answer: " + r.body().replace("\"", "'") + "\"}}"),
                     Duration.ZERO));
             StandInServer platform = new StandInServer().respond(r -> new Reply(500, "text/plain",
                     List.of("refused: " + r.body()), Duration.ZERO));
             CapturedLogs logs = CapturedLogs.start();
             TestApp app = TestApp.start(config(data, model, platform), TestApp.FIXED_CLOCK)) {
            // chat and stream with a failing model, and their 429s
            app.post("/api/chat", Map.of("sessionId", "log-1", "message", MESSAGE));
            app.post("/api/chat/stream", Map.of("sessionId", "log-1", "message", MESSAGE));
            app.post("/api/chat", Map.of("sessionId", "log-1", "message", MESSAGE));
            // bodies that are not what they should be
            app.post("/api/chat", "{\"message\": " + MESSAGE + "}");
            app.post("/api/chat", "{\"message\":\"" + MESSAGE.repeat(200) + "\"}");
            app.post("/api/handoff", Map.of("name", NAME, "contact", CONTACT, "question", MESSAGE, "consent", false));
            app.post("/api/handoff", Map.of("name", NAME, "contact", CONTACT, "question", MESSAGE, "consent", true));
            app.post("/api/feedback", Map.of("sessionId", "log-1", "messageId", "m-none", "rating", "down",
                    "comment", MESSAGE));
            app.post("/api/eligibility", Map.of("enterpriseType", MESSAGE));
            RawHttp.exchange(app.port(), "GET /api/programs/" + WORDS + " HTTP/1.1\r\nHost: a\r\nX-Name: "
                    + NAME + "\r\nConnection: close\r\n\r\n");
            // a platform that refuses our reply
            ObjectNode update = ChannelsApiTest.sample("telegram-update-text-message.json");
            ((ObjectNode) update.get("message")).put("text", MESSAGE);
            ((ObjectNode) update.get("message").get("from")).put("first_name", NAME);
            app.postBytes("/channels/telegram/webhook", update.toString().getBytes(StandardCharsets.UTF_8),
                    Map.of("X-Telegram-Bot-Api-Secret-Token", ChannelsApiTest.TG_SECRET));
            Await.until("the platform tried the reply", () -> !platform.received().isEmpty());
            Await.until("the failed reply logged", () -> logs.text().contains("Delivery to telegram"));

            String logged = logs.text();
            assertThat(logged).contains("Language model fault");
            assertThat(logged).doesNotContain(WORDS).doesNotContain(NAME).doesNotContain(CONTACT)
                    .doesNotContain("bogsun").doesNotContain("{{x}}");
        }
    }

    private static Config config(Path data, StandInServer model, StandInServer platform) {
        Config.Channels channels = new Config.Channels(null, "bot-token", ChannelsApiTest.TG_SECRET,
                platform.url() + "/tg", null, null, Config.Channels.DEFAULT_SLACK_API_BASE, null, null,
                Config.Channels.DEFAULT_LINE_API_BASE);
        return TestApp.config(data).withChannels(channels)
                .withRateLimit(new Config.RateLimit(2, 1000))
                .withModel(Config.ChatModelKind.OPENAI, new Config.Llm(model.url() + "/v1", null, "fake-model", null,
                        null), Duration.ofSeconds(3));
    }
}
