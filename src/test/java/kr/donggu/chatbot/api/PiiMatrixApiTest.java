package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Await;
import kr.donggu.chatbot.support.CapturedLogs;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.Leaks;
import kr.donggu.chatbot.support.PiiSamples;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.StandInServer.Reply;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of personal data residents type, through every entry point, with a language model configured: not one
 * raw value in the database (its tables and its files), the logs, the search index, the requests to the model or
 * the messages sent back to the platforms.
 */
class PiiMatrixApiTest {

    @TempDir
    Path data;

    @Test
    void no_raw_value_anywhere() {
        Map<PiiSamples, String> values = values();
        try (StandInServer model = new StandInServer().respond(PiiMatrixApiTest::modelAnswer);
             StandInServer platform = new StandInServer();
             CapturedLogs logs = CapturedLogs.start();
             TestApp app = TestApp.start(config(model, platform), TestApp.FIXED_CLOCK)) {
            // given: every entry point, and a message id for the feedback
            String messageId = app.chat("pii", "텃밭은 누가 참여해요?").get("messageId").asText();
            Map<String, BiFunction<String, Integer, Integer>> entryPoints = entryPoints(app, messageId);
            int chats = 0;

            // when: each value through each entry point
            for (var entry : entryPoints.entrySet()) {
                int i = 0;
                for (String value : values.values()) {
                    int status = entry.getValue().apply("제 연락처는 " + value + " 입니다. 텃밭 신청은 어떻게 하나요?", i++);
                    assertThat(status).as("%s with %s", entry.getKey(), value).isBetween(200, 204);
                }
                chats += entry.getKey().startsWith("chat") || entry.getKey().startsWith("channel") ? values.size() : 0;
            }
            long expected = chats + 1L;
            Await.until("every channel message answered and stored",
                    () -> Db.count(data, "SELECT COUNT(*) FROM messages") == expected);
            Await.until("every platform reply sent", () -> platform.received().size() >= 3 * values.size());

            // then
            List<String> modelRequests = model.received().stream().flatMap(r -> Leaks.jsonStrings(r.body()).stream()).toList();
            List<String> platformBodies = platform.received().stream().flatMap(r -> Leaks.jsonStrings(r.body()).stream())
                    .toList();
            List<String> logLines = List.of(logs.text().split("\n"));
            Map<String, List<String>> leaks = new LinkedHashMap<>();
            values.forEach((shape, value) -> {
                add(leaks, shape + " in database tables", Leaks.find(value, Leaks.databaseCells(data), true));
                add(leaks, shape + " in database and index files", Leaks.find(value, Leaks.fileContents(data), false));
                add(leaks, shape + " in logs", Leaks.find(value, logLines, true));
                add(leaks, shape + " in model requests", Leaks.find(value, modelRequests, true));
                add(leaks, shape + " in platform replies", Leaks.find(value, platformBodies, true));
            });
            assertThat(leaks).isEmpty();
            assertThat(values).hasSizeGreaterThanOrEqualTo(44);
            assertThat(entryPoints.keySet()).containsExactly("chat", "chat/stream", "channel kakao", "channel telegram",
                    "channel slack", "channel line", "channel navertalk", "feedback", "handoff");
            assertThat(modelRequests).isNotEmpty();
            assertThat(Db.count(data, "SELECT COUNT(*) FROM tickets")).isEqualTo(values.size());
            assertThat(Db.count(data, "SELECT COUNT(*) FROM feedback WHERE comment LIKE '%[%]%'")).isEqualTo(values.size());
            System.out.printf("PII matrix: %d kinds x %d entry points, 0 raw values in database, logs, index, model "
                    + "requests and platform replies%n", values.size(), entryPoints.size());
        }
    }

    /** One value per shape, all different. */
    private static Map<PiiSamples, String> values() {
        Random random = new Random(44);
        Map<PiiSamples, String> values = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PiiSamples shape : PiiSamples.values()) {
            String v;
            do {
                v = shape.generate(random);
            } while (!seen.add(PiiSamples.digitsOf(v) + v));
            values.put(shape, v);
        }
        return values;
    }

    private Config config(StandInServer model, StandInServer platform) {
        Config.Channels channels = ChannelsApiTest.channels(platform).withNaverTalk("naver-key", platform.url() + "/naver",
                List.of("127.0.0.1/32", "::1/128"));
        return TestApp.config(data).withChannels(channels).withModel(Config.ChatModelKind.OPENAI,
                new Config.Llm(model.url() + "/v1", null, "fake-model", null, null), Duration.ofSeconds(3));
    }

    /** Each entry point as: send this text as the i-th message, return the status. */
    private static Map<String, BiFunction<String, Integer, Integer>> entryPoints(TestApp app, String messageId) {
        Map<String, BiFunction<String, Integer, Integer>> points = new LinkedHashMap<>();
        points.put("chat", (text, i) -> app.post("/api/chat", Map.of("message", text)).status());
        points.put("chat/stream", (text, i) -> app.post("/api/chat/stream", Map.of("message", text)).status());
        points.put("channel kakao", (text, i) -> {
            ObjectNode request = ChannelsApiTest.sample("kakao-skill-request.json");
            ((ObjectNode) request.get("userRequest")).put("utterance", text);
            ((ObjectNode) request.get("userRequest").get("user")).put("id", "kakao-user-" + i);
            return app.post("/channels/kakao/skill", request.toString()).status();
        });
        points.put("channel telegram", (text, i) -> {
            ObjectNode update = ChannelsApiTest.sample("telegram-update-text-message.json");
            update.put("update_id", 20_000 + i);
            ((ObjectNode) update.get("message")).put("text", text);
            ((ObjectNode) update.get("message").get("chat")).put("id", 3_000 + i);
            ((ObjectNode) update.get("message").get("from")).put("id", 3_000 + i);   // one user each: no per-user limit
            return app.postBytes("/channels/telegram/webhook", ChannelsApiTest.bytes(update),
                    Map.of("X-Telegram-Bot-Api-Secret-Token", ChannelsApiTest.TG_SECRET)).status();
        });
        points.put("channel slack", (text, i) -> {
            ObjectNode event = ChannelsApiTest.sample("slack-event-message-im.json");
            event.put("event_id", "Ev-pii-" + i);
            ((ObjectNode) event.get("event")).put("text", text).put("user", "U-pii-" + i);
            byte[] raw = ChannelsApiTest.bytes(event);
            String ts = String.valueOf(TestApp.FIXED_CLOCK.instant().getEpochSecond());
            byte[] base = ("v0:" + ts + ":" + new String(raw, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            return app.postBytes("/channels/slack/events", raw, Map.of("X-Slack-Request-Timestamp", ts,
                    "X-Slack-Signature", "v0=" + HexFormat.of().formatHex(ChannelsApiTest.hmac(ChannelsApiTest.SLACK_SECRET,
                            base)))).status();
        });
        points.put("channel line", (text, i) -> {
            ObjectNode webhook = ChannelsApiTest.sample("line-webhook-text-message.json");
            ObjectNode event = (ObjectNode) webhook.get("events").get(0);
            event.put("webhookEventId", "pii-" + i);
            ((ObjectNode) event.get("source")).put("userId", "U-pii-" + i);
            ((ObjectNode) event.get("message")).put("text", text);
            byte[] raw = ChannelsApiTest.bytes(webhook);
            return app.postBytes("/channels/line/webhook", raw, Map.of("X-Line-Signature",
                    Base64.getEncoder().encodeToString(ChannelsApiTest.hmac(ChannelsApiTest.LINE_SECRET, raw)))).status();
        });
        points.put("channel navertalk", (text, i) -> {
            ObjectNode event = ChannelsApiTest.sample("navertalk-event-send-text.json");
            event.put("user", "naver-user-" + i);
            ((ObjectNode) event.get("textContent")).put("text", text);
            return app.post("/channels/navertalk/webhook", event.toString()).status();
        });
        points.put("feedback", (text, i) -> app.post("/api/feedback", Map.of("sessionId", "pii", "messageId", messageId,
                "rating", "down", "comment", text)).status());
        points.put("handoff", (text, i) -> app.post("/api/handoff", Map.of("name", "주민", "contact", "담당자 연락 바람",
                "question", text, "consent", true)).status());
        return points;
    }

    private static Reply modelAnswer(StandInServer.Received request) {
        String text = "도심 텃밭은 동구 주민이 참여합니다.";
        return request.body().contains("\"stream\" : true")
                ? new Reply(200, "text/event-stream", List.of(LlmModeTest.chunk(text), "data: [DONE]\n\n"), Duration.ZERO)
                : LlmModeTest.completion(text);
    }

    private static void add(Map<String, List<String>> leaks, String where, List<String> found) {
        if (!found.isEmpty()) {
            leaks.put(where, new ArrayList<>(found));
        }
    }
}
