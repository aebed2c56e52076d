package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.Metrics;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every channel with real-format payloads, against a stand-in platform API that records what it receives. */
class ChannelsApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TG_SECRET = "tg-secret_123";
    static final String SLACK_SECRET = "slack-signing-secret";
    static final String LINE_SECRET = "line-channel-secret";

    @TempDir
    Path data;
    StandInServer platform;
    TestApp app;

    @BeforeEach
    void start() {
        platform = new StandInServer();
        app = TestApp.start(TestApp.config(data).withChannels(channels(platform)), TestApp.FIXED_CLOCK);
    }

    /** Telegram, Slack and LINE on, each calling its own path on {@code platform}. */
    static Config.Channels channels(StandInServer platform) {
        return new Config.Channels(null, "bot-token", TG_SECRET, platform.url() + "/tg", "xoxb-token", SLACK_SECRET,
                platform.url() + "/slack", LINE_SECRET, "line-token", platform.url() + "/line");
    }

    @AfterEach
    void stop() {
        app.close();
        platform.close();
    }

    static ObjectNode sample(String name) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(Path.of("src/test/resources/messenger-samples", name)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- Kakao

    @Test
    void kakao_answers_with_a_valid_skill_response() {
        ObjectNode request = sample("kakao-skill-request.json");
        ((ObjectNode) request.get("userRequest")).put("utterance", "네트워킹 데이는 언제 열렸어요?");

        JsonNode response = app.post("/channels/kakao/skill", request.toString()).json();

        assertThat(response.get("version").asText()).isEqualTo("2.0");
        JsonNode outputs = response.get("template").get("outputs");
        assertThat(outputs.size()).isBetween(1, 3);
        assertThat(outputs.get(0).get("simpleText").get("text").asText()).contains("12월 18일").hasSizeLessThanOrEqualTo(1000);
        JsonNode quick = response.get("template").get("quickReplies");
        assertThat(quick.size()).isBetween(1, 10);
        assertThat(quick).allSatisfy(q -> {
            assertThat(q.get("action").asText()).isEqualTo("message");
            assertThat(q.get("label").asText()).isNotBlank().hasSizeLessThanOrEqualTo(14);
            assertThat(q.get("messageText").asText()).isNotBlank();
        });
        assertThat(Db.column(data, "SELECT channel FROM messages")).containsExactly("kakao");
    }

    @Test
    void kakao_keeps_the_conversation_per_user_and_survives_odd_payloads() {
        ObjectNode request = sample("kakao-skill-request.json");
        ((ObjectNode) request.get("userRequest")).put("utterance", "씨앗프로젝트가 뭐예요?");
        app.post("/channels/kakao/skill", request.toString());
        ((ObjectNode) request.get("userRequest")).put("utterance", "그건 언제 해요?");

        JsonNode followUp = app.post("/channels/kakao/skill", request.toString()).json();

        assertThat(followUp.get("template").get("outputs").get(0).get("simpleText").get("text").asText()).contains("씨앗프로젝트");
        assertThat(app.post("/channels/kakao/skill", "{\"userRequest\":{}}").json().get("version").asText()).isEqualTo("2.0");
        assertThat(app.post("/channels/kakao/skill", "not json").status()).isEqualTo(400);
    }

    // --- Telegram

    @Test
    void telegram_replies_with_send_message_and_an_inline_keyboard() {
        ObjectNode update = sample("telegram-update-text-message.json");
        ((ObjectNode) update.get("message")).put("text", "ESG 환경마켓이 뭐예요?");

        TestApp.Response r = app.postBytes("/channels/telegram/webhook", bytes(update), Map.of(
                "X-Telegram-Bot-Api-Secret-Token", TG_SECRET, "Content-Type", "application/json"));

        assertThat(r.status()).isEqualTo(200);
        StandInServer.Received sent = platform.awaitRequests(1).get(0);
        assertThat(sent.path()).isEqualTo("/tg/botbot-token/sendMessage");
        JsonNode body = json(sent.body());
        assertThat(body.get("chat_id").asLong()).isEqualTo(1111111);
        assertThat(body.get("text").asText()).contains("ESG 환경마켓");
        assertThat(body.get("reply_markup").get("inline_keyboard").size()).isPositive();
    }

    @Test
    void telegram_refuses_a_wrong_secret_and_ignores_stickers_and_repeats() {
        ObjectNode update = sample("telegram-update-text-message.json");
        assertThat(app.postBytes("/channels/telegram/webhook", bytes(update), Map.of(
                "X-Telegram-Bot-Api-Secret-Token", "wrong")).status()).isEqualTo(401);
        assertThat(app.postBytes("/channels/telegram/webhook", bytes(update), Map.of()).status()).isEqualTo(401);

        ObjectNode sticker = sample("telegram-update-text-message.json");
        ((ObjectNode) sticker.get("message")).remove("text");
        ((ObjectNode) sticker.get("message")).putObject("sticker").put("file_id", "x");
        assertThat(post("/channels/telegram/webhook", sticker).status()).isEqualTo(200);

        ((ObjectNode) update.get("message")).put("text", "도심 텃밭 누가 참여해요?");
        post("/channels/telegram/webhook", update);
        post("/channels/telegram/webhook", update);   // Telegram redelivers the same update_id
        Metrics.await(app, "channel_tasks_total", Map.of("platform", "telegram"), 2);

        assertThat(Metrics.value(app, "channel_tasks_total", Map.of("platform", "telegram", "outcome", "replayed")))
                .isEqualTo(1);
        assertThat(Metrics.value(app, "channel_events_total", Map.of("platform", "telegram", "outcome", "ignored")))
                .isEqualTo(1);
        assertThat(platform.received()).hasSize(1);
        assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isEqualTo(1);
    }

    // --- Slack

    @Test
    void slack_answers_url_verification_and_replies_in_the_thread() {
        JsonNode challenge = postSlack(sample("slack-url-verification.json"), TestApp.FIXED_CLOCK.instant(), null).json();
        assertThat(challenge.get("challenge").asText()).startsWith("3eZbrw1aBm2rZgRNFdxV");

        ObjectNode event = sample("slack-event-app-mention.json");
        ((ObjectNode) event.get("event")).put("text", "<@U0LAN0Z89> 스토리텔링 마케팅은 몇 개 기업을 지원했나요?");
        assertThat(postSlack(event, TestApp.FIXED_CLOCK.instant(), null).status()).isEqualTo(200);

        JsonNode sent = json(platform.awaitRequests(1).get(0).body());
        assertThat(platform.received().get(0).path()).isEqualTo("/slack/chat.postMessage");
        assertThat(platform.received().get(0).header("Authorization")).isEqualTo("Bearer xoxb-token");
        assertThat(sent.get("thread_ts").asText()).isEqualTo("1515449522.000016");
        assertThat(sent.get("text").asText()).contains("4개소");
    }

    @Test
    void slack_refuses_forged_and_stale_requests_and_ignores_bots() {
        ObjectNode event = sample("slack-event-message-im.json");
        assertThat(postSlack(event, TestApp.FIXED_CLOCK.instant().minusSeconds(301), null).status()).isEqualTo(401);
        assertThat(app.postBytes("/channels/slack/events", bytes(event), Map.of("X-Slack-Request-Timestamp",
                String.valueOf(TestApp.FIXED_CLOCK.instant().getEpochSecond()), "X-Slack-Signature", "v0=deadbeef")).status()).isEqualTo(401);

        ObjectNode bot = sample("slack-event-message-im.json");
        ((ObjectNode) bot.get("event")).put("bot_id", "B1");
        assertThat(postSlack(bot, TestApp.FIXED_CLOCK.instant(), null).status()).isEqualTo(200);

        // the decision is taken before the acknowledgement: nothing was queued for it
        assertThat(Metrics.value(app, "channel_events_total", Map.of("platform", "slack", "outcome", "ignored")))
                .isEqualTo(1);
        assertThat(Metrics.value(app, "channel_tasks_total", Map.of("platform", "slack"))).isZero();
        assertThat(platform.received()).isEmpty();
        assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isZero();
    }

    // --- LINE

    @Test
    void line_replies_with_quick_reply_items_and_refuses_bad_signatures() {
        ObjectNode webhook = sample("line-webhook-text-message.json");
        ((ObjectNode) webhook.get("events").get(0).get("message")).put("text", "사회서비스 연대조직이 뭐예요?");
        byte[] raw = bytes(webhook);

        assertThat(app.postBytes("/channels/line/webhook", raw, Map.of("X-Line-Signature", "AAAA")).status()).isEqualTo(401);
        assertThat(app.postBytes("/channels/line/webhook", raw, Map.of("X-Line-Signature",
                Base64.getEncoder().encodeToString(hmac(LINE_SECRET, raw)))).status()).isEqualTo(200);

        StandInServer.Received sent = platform.awaitRequests(1).get(0);
        assertThat(sent.path()).isEqualTo("/line/v2/bot/message/reply");
        JsonNode body = json(sent.body());
        assertThat(body.get("replyToken").asText()).isEqualTo("nHuyWiB7yP5Zw52FIkcQobQuGDXCTA");
        JsonNode message = body.get("messages").get(0);
        assertThat(message.get("text").asText()).contains("돌봄");
        assertThat(message.get("quickReply").get("items").size()).isBetween(1, 13);
    }

    @Test
    void line_acknowledges_images_and_stickers_without_answering() {
        ObjectNode webhook = sample("line-webhook-text-message.json");
        ObjectNode message = (ObjectNode) webhook.get("events").get(0).get("message");
        message.put("type", "image");
        message.remove("text");
        byte[] raw = bytes(webhook);

        assertThat(app.postBytes("/channels/line/webhook", raw, Map.of("X-Line-Signature",
                Base64.getEncoder().encodeToString(hmac(LINE_SECRET, raw)))).status()).isEqualTo(200);
        assertThat(Metrics.value(app, "channel_events_total", Map.of("platform", "line", "outcome", "ignored")))
                .isEqualTo(1);
        assertThat(Metrics.value(app, "channel_tasks_total", Map.of("platform", "line"))).isZero();
        assertThat(platform.received()).isEmpty();
        assertThat(app.postBytes("/channels/line/webhook", "{oops".getBytes(StandardCharsets.UTF_8), Map.of(
                "X-Line-Signature", Base64.getEncoder().encodeToString(hmac(LINE_SECRET,
                        "{oops".getBytes(StandardCharsets.UTF_8))))).status()).isEqualTo(400);
    }

    @Test
    void kakao_checks_the_optional_header_secret(@TempDir Path other) {
        Config.Channels withSecret = new Config.Channels("kakao-secret", null, null, "http://127.0.0.1:9", null, null,
                "http://127.0.0.1:9", null, null, "http://127.0.0.1:9");
        try (TestApp guarded = TestApp.start(TestApp.config(other).withChannels(withSecret), TestApp.FIXED_CLOCK)) {
            String request = sample("kakao-skill-request.json").toString();
            assertThat(guarded.post("/channels/kakao/skill", request).status()).isEqualTo(401);
            assertThat(guarded.postBytes("/channels/kakao/skill", request.getBytes(StandardCharsets.UTF_8),
                    Map.of("X-Kakao-Skill-Secret", "kakao-secret")).status()).isEqualTo(200);
        }
    }

    @Test
    void a_channel_without_its_secret_is_off(@TempDir Path other) {
        try (TestApp plain = TestApp.start(other)) {
            assertThat(plain.post("/channels/telegram/webhook", "{}").status()).isEqualTo(404);
            assertThat(plain.post("/channels/slack/events", "{}").status()).isEqualTo(404);
            assertThat(plain.post("/channels/line/webhook", "{}").json().get("error").get("code").asText()).isEqualTo("not_found");
            assertThat(plain.post("/channels/navertalk/webhook", "{}").status()).isEqualTo(404);
        }
    }

    TestApp.Response post(String path, JsonNode body) {
        return app.postBytes(path, bytes(body), Map.of("X-Telegram-Bot-Api-Secret-Token", TG_SECRET));
    }

    TestApp.Response postSlack(JsonNode body, Instant at, String retry) {
        return postSlack(app, body, at, retry);
    }

    /** Posts a Slack event signed as Slack signs it, optionally marked as Slack's retry number {@code retry}. */
    static TestApp.Response postSlack(TestApp app, JsonNode body, Instant at, String retry) {
        byte[] raw = bytes(body);
        String ts = String.valueOf(at.getEpochSecond());
        byte[] base = ("v0:" + ts + ":" + new String(raw, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new java.util.HashMap<>(Map.of("X-Slack-Request-Timestamp", ts,
                "X-Slack-Signature", "v0=" + HexFormat.of().formatHex(hmac(SLACK_SECRET, base))));
        if (retry != null) {
            headers.put("X-Slack-Retry-Num", retry);
        }
        return app.postBytes("/channels/slack/events", raw, headers);
    }

    static byte[] hmac(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new AssertionError(s, e);
        }
    }
}
