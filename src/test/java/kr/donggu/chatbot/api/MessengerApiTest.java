package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.Metrics;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.StandInServer.Reply;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telegram, Slack and LINE as their users meet them: taps, commands, retries, direct messages, groups, failures. */
class MessengerApiTest {

    static final String LINE_PREFIX = "!동구";

    @TempDir
    Path data;
    StandInServer platform;
    TestApp app;

    @BeforeEach
    void start() {
        platform = new StandInServer();
        app = TestApp.start(TestApp.config(data).withChannels(ChannelsApiTest.channels(platform)
                .withLineGroupPrefix(LINE_PREFIX).withPerUserPerMinute(5)), TestApp.FIXED_CLOCK);
    }

    @AfterEach
    void stop() {
        app.close();
        platform.close();
    }

    // --- Telegram

    static ObjectNode tap(String data) {
        ObjectNode update = ChannelsApiTest.sample("telegram-update-text-message.json");
        ObjectNode message = (ObjectNode) update.remove("message");
        ObjectNode query = update.putObject("callback_query");
        query.put("id", "4382bfdwdsb323b2d9").set("from", message.get("from").deepCopy());
        query.set("message", message);
        query.put("chat_instance", "-7031513413");
        if (data != null) {
            query.put("data", data);
        }
        return update;
    }

    TestApp.Response telegram(JsonNode update) {
        return app.postBytes("/channels/telegram/webhook", ChannelsApiTest.bytes(update),
                Map.of("X-Telegram-Bot-Api-Secret-Token", ChannelsApiTest.TG_SECRET));
    }

    @Test
    void every_telegram_button_tap_is_answered_and_its_question_replied_to() {
        telegram(tap("네트워킹 DAY는 언제 열렸나요?"));
        ObjectNode game = tap(null);
        game.put("update_id", 10001);
        telegram(game);

        List<StandInServer.Received> acks = platform.awaitRequests(r -> r.path().endsWith("/answerCallbackQuery"), 2);
        StandInServer.Received reply = platform.awaitRequests(r -> r.path().endsWith("/sendMessage"), 1).get(0);

        assertThat(acks).hasSize(2).allSatisfy(a ->
                assertThat(ChannelsApiTest.json(a.body()).get("callback_query_id").asText()).isEqualTo("4382bfdwdsb323b2d9"));
        assertThat(ChannelsApiTest.json(reply.body()).get("text").asText()).contains("12월 18일");
        assertThat(Metrics.await(app, "channel_tasks_total", Map.of("platform", "telegram"), 3)).isEqualTo(3);
        assertThat(platform.received()).hasSize(3);
    }

    @Test
    void telegram_commands_get_the_greeting_and_never_the_unanswered_list() {
        List<String> commands = List.of("/start qr-poster-7", "/help", "/start@DongguSocialBot", "/start");
        for (int i = 0; i < commands.size(); i++) {
            ObjectNode update = ChannelsApiTest.sample("telegram-update-text-message.json");
            update.put("update_id", 20000 + i);
            ((ObjectNode) update.get("message")).put("text", commands.get(i));
            telegram(update);
        }

        List<StandInServer.Received> sent = platform.awaitRequests(commands.size());

        assertThat(sent).hasSize(commands.size()).allSatisfy(s -> assertThat(ChannelsApiTest.json(s.body())
                .get("text").asText()).startsWith("안녕하세요").doesNotContain("찾지 못했"));
        assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isEqualTo(commands.size());
        assertThat(Db.count(data, "SELECT COUNT(*) FROM unanswered")).isZero();
    }

    @Test
    void a_telegram_user_over_the_limit_is_told_once_and_then_left_alone() {
        for (int i = 0; i < 8; i++) {
            ObjectNode update = ChannelsApiTest.sample("telegram-update-text-message.json");
            update.put("update_id", 30000 + i);
            ((ObjectNode) update.get("message")).put("text", "네트워킹 DAY는 언제 열렸나요? " + i);
            assertThat(telegram(update).status()).isEqualTo(200);
        }

        Metrics.await(app, "channel_tasks_total", Map.of("platform", "telegram"), 6);

        assertThat(Metrics.value(app, "channel_events_total", Map.of("platform", "telegram", "outcome", "limited")))
                .isEqualTo(3);
        assertThat(platform.received().stream().filter(r -> r.body().contains("잠시 답변을 멈췄습니다"))).hasSize(1);
        assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isEqualTo(5);
    }

    // --- Slack

    @Test
    void a_slack_retry_of_an_event_never_answered_is_answered_once() {
        ObjectNode event = ChannelsApiTest.sample("slack-event-message-im.json");
        ((ObjectNode) event.get("event")).put("text", "스토리텔링 마케팅은 몇 개 기업을 지원했나요?");

        assertThat(slack(event, "1").status()).isEqualTo(200);   // the first delivery never reached us
        platform.awaitRequests(1);
        assertThat(slack(event, "2").status()).isEqualTo(200);   // and Slack tries once more
        Metrics.await(app, "channel_tasks_total", Map.of("platform", "slack"), 2);

        assertThat(platform.received()).hasSize(1);
        JsonNode posted = ChannelsApiTest.json(platform.received().get(0).body());
        assertThat(posted.get("text").asText()).contains("4개소");
        assertThat(posted.get("channel").asText()).isEqualTo("D024BE91L");
        assertThat(posted.has("thread_ts")).as("a direct message is answered in the conversation").isFalse();
        assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isEqualTo(1);
    }

    @Test
    void a_post_slack_refuses_with_ok_false_is_logged_and_counted() {
        platform.respond(r -> Reply.json("{\"ok\":false,\"error\":\"channel_not_found\"}"));
        ObjectNode mention = ChannelsApiTest.sample("slack-event-app-mention.json");
        ((ObjectNode) mention.get("event")).put("text", "<@U0LAN0Z89> 네트워킹 DAY는 언제 열렸나요?");

        slack(mention, null);

        assertThat(Metrics.await(app, "channel_delivery_failures_total",
                Map.of("platform", "slack", "reason", "rejected"), 1)).isEqualTo(1);
        assertThat(ChannelsApiTest.json(platform.received().get(0).body()).get("thread_ts").asText())
                .isEqualTo("1515449522.000016");
    }

    TestApp.Response slack(JsonNode event, String retry) {
        return ChannelsApiTest.postSlack(app, event, TestApp.FIXED_CLOCK.instant(), retry);
    }

    // --- LINE

    TestApp.Response line(JsonNode webhook) {
        byte[] raw = ChannelsApiTest.bytes(webhook);
        return app.postBytes("/channels/line/webhook", raw, Map.of("X-Line-Signature",
                Base64.getEncoder().encodeToString(ChannelsApiTest.hmac(ChannelsApiTest.LINE_SECRET, raw))));
    }

    static ObjectNode groupMessage(String text, String eventId) {
        ObjectNode webhook = ChannelsApiTest.sample("line-webhook-text-message.json");
        ObjectNode event = (ObjectNode) webhook.get("events").get(0);
        event.put("webhookEventId", eventId);
        event.putObject("source").put("type", "group").put("groupId", "Ca56f94637c0bd5c3c5b0e6b4a1e5d2f1")
                .put("userId", "U206d25c2ea6bd87c17655609a1c37cb8");
        ((ObjectNode) event.get("message")).put("text", text);
        return webhook;
    }

    @Test
    void in_a_line_group_only_messages_addressed_to_the_bot_are_answered() {
        line(groupMessage("오늘 점심 뭐 먹지? 네트워킹 DAY 얘기도 하자", "01HGROUP0000000000000000001"));
        ObjectNode mention = groupMessage("@동구봇 네트워킹 DAY는 언제 열렸나요?", "01HGROUP0000000000000000002");
        ObjectNode m = (ObjectNode) mention.get("events").get(0).get("message");
        ((ArrayNode) m.putObject("mention").putArray("mentionees")).addObject().put("index", 0).put("length", 4)
                .put("type", "user").put("userId", "U123").put("isSelf", true);
        line(mention);
        line(groupMessage(LINE_PREFIX + " 스토리텔링 마케팅 지원사업은 누가 참여하나요?", "01HGROUP0000000000000000003"));

        List<StandInServer.Received> replies = platform.awaitRequests(2);
        Metrics.await(app, "channel_tasks_total", Map.of("platform", "line"), 2);

        assertThat(replies).hasSize(2);
        assertThat(Metrics.value(app, "channel_events_total", Map.of("platform", "line", "outcome", "ignored")))
                .isEqualTo(1);
        assertThat(Db.column(data, "SELECT question FROM messages ORDER BY created_at"))
                .containsExactlyInAnyOrder("네트워킹 DAY는 언제 열렸나요?", "스토리텔링 마케팅 지원사업은 누가 참여하나요?");
    }

    // --- every channel

    @Test
    void failed_deliveries_are_counted_per_platform_and_reason() {
        platform.respond(r -> Reply.status(500));
        ObjectNode update = ChannelsApiTest.sample("telegram-update-text-message.json");
        ((ObjectNode) update.get("message")).put("text", "네트워킹 DAY는 언제 열렸나요?");
        telegram(update);
        ObjectNode webhook = ChannelsApiTest.sample("line-webhook-text-message.json");
        ((ObjectNode) webhook.get("events").get(0).get("message")).put("text", "네트워킹 DAY는 언제 열렸나요?");
        line(webhook);

        assertThat(Metrics.await(app, "channel_delivery_failures_total",
                Map.of("platform", "telegram", "reason", "http_5xx"), 1)).isEqualTo(1);
        assertThat(Metrics.await(app, "channel_delivery_failures_total",
                Map.of("platform", "line", "reason", "http_5xx"), 1)).isEqualTo(1);
        assertThat(platform.received()).hasSize(6);   // three attempts each
        // the answers were stored even though the platforms refused them
        assertThat(Db.column(data, "SELECT answer FROM messages")).hasSize(2)
                .allSatisfy(a -> assertThat(a).contains("12월 18일"));
    }

    @Test
    void template_like_messages_are_answered_and_stored_on_every_push_channel() {
        ObjectNode update = ChannelsApiTest.sample("telegram-update-text-message.json");
        ((ObjectNode) update.get("message")).put("text", "{{x}}");
        telegram(update);
        ObjectNode event = ChannelsApiTest.sample("slack-event-message-im.json");
        ((ObjectNode) event.get("event")).put("text", "{{question}} 네트워킹 DAY");
        slack(event, null);
        ObjectNode webhook = ChannelsApiTest.sample("line-webhook-text-message.json");
        ((ObjectNode) webhook.get("events").get(0).get("message")).put("text", "}}{{ 텃밭");
        line(webhook);

        assertThat(platform.awaitRequests(3)).hasSize(3);
        assertThat(Metrics.await(app, "channel_tasks_total", Map.of("outcome", "sent"), 3)).isEqualTo(3);
        assertThat(Db.column(data, "SELECT channel || ':' || question FROM messages"))
                .containsExactlyInAnyOrder("telegram:{{x}}", "slack:{{question}} 네트워킹 DAY", "line:}}{{ 텃밭");
    }
}
