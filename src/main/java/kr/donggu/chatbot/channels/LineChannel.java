package kr.donggu.chatbot.channels;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.ChatRequest;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.knowledge.Texts;

/**
 * LINE Messaging API webhook: verifies {@code X-Line-Signature} (Base64 HMAC-SHA256 of the raw body), answers text
 * message events through the reply API with quick-reply items, and acknowledges everything else. In a group or a
 * room it answers only a message that mentions the bot (or starts with the configured prefix), without the mention.
 */
final class LineChannel {

    static final String PLATFORM = "line";
    static final int TEXT_LIMIT = 5000;
    static final int MAX_MESSAGES = 5;
    static final int MAX_QUICK_REPLIES = 13;
    static final int LABEL_LIMIT = 20;

    record Settings(String channelSecret, String apiBase, String accessToken, String groupPrefix) {
    }

    private final ChatService chat;
    private final Settings settings;
    private final ChannelKit kit;

    LineChannel(ChatService chat, Settings settings, ChannelKit kit) {
        this.chat = chat;
        this.settings = settings;
        this.kit = kit;
    }

    void webhook(Context ctx) {
        byte[] raw = ctx.bodyAsBytes();
        String expected = Base64.getEncoder().encodeToString(Signatures.hmacSha256(settings.channelSecret(), raw));
        if (!Signatures.equal(expected, ctx.header("X-Line-Signature"))) {
            throw new UnauthorizedResponse();
        }
        JsonNode body = ChannelBodies.parse(raw);
        ctx.status(200).json(Map.of("ok", true));
        for (JsonNode event : body.path("events")) {
            String text = addressedText(event, body.path("destination").asText(""));
            if (text == null || text.isBlank() || "standby".equals(event.path("mode").asText())
                    || !event.hasNonNull("replyToken")) {
                kit.metrics().event(PLATFORM, "ignored");
                continue;
            }
            answer(event, text);
        }
    }

    /** The text meant for the bot: every text in a one-to-one chat; in a group, only when the bot is addressed. */
    private String addressedText(JsonNode event, String botUserId) {
        JsonNode message = event.path("message");
        if (!"message".equals(event.path("type").asText()) || !"text".equals(message.path("type").asText())) {
            return null;
        }
        String text = message.path("text").asText("");
        if ("user".equals(event.path("source").path("type").asText("user"))) {
            return text;
        }
        for (JsonNode m : message.path("mention").path("mentionees")) {
            if (m.path("isSelf").asBoolean(false) || botUserId.equals(m.path("userId").asText())) {
                int from = Math.max(0, Math.min(text.length(), m.path("index").asInt(0)));
                int to = Math.max(from, Math.min(text.length(), from + m.path("length").asInt(0)));
                return (text.substring(0, from) + text.substring(to)).strip();
            }
        }
        String prefix = settings.groupPrefix();
        return prefix != null && text.strip().startsWith(prefix) ? text.strip().substring(prefix.length()).strip()
                : null;
    }

    private void answer(JsonNode event, String text) {
        String replyToken = event.get("replyToken").asText();
        if (!kit.admits(PLATFORM, event.path("source").path("userId").asText(""), () -> send(replyToken,
                List.of(Map.of("type", "text", "text", ChannelTexts.RATE_LIMITED))))) {
            return;
        }
        ChatRequest request = new ChatRequest(ChannelBodies.session(PLATFORM, event.path("source").path("userId")
                .asText("")), ChannelBodies.text(text), PLATFORM,
                event.hasNonNull("webhookEventId") ? event.get("webhookEventId").asText() : null);
        kit.answerLater(PLATFORM, chat, request, reply -> reply(replyToken, reply));
    }

    private String reply(String replyToken, ChatReply reply) {
        List<String> parts = TextSplitter.split(reply.answer(), TEXT_LIMIT);
        List<Map<String, Object>> messages = new ArrayList<>();
        for (String part : parts.subList(0, Math.min(MAX_MESSAGES, parts.size()))) {
            messages.add(new LinkedHashMap<>(Map.of("type", "text", "text", part)));
        }
        List<String> quick = ChannelTexts.quickReplies(reply);
        if (!quick.isEmpty()) {
            messages.get(messages.size() - 1).put("quickReply", Map.of("items", quick.stream()
                    .limit(MAX_QUICK_REPLIES).map(q -> Map.of("type", "action", "action", Map.of("type", "message",
                            "label", Texts.shortenAtWord(q, LABEL_LIMIT), "text", q))).toList()));
        }
        return send(replyToken, messages);
    }

    private String send(String replyToken, List<? extends Map<String, Object>> messages) {
        boolean sent = kit.outbound().post(PLATFORM, settings.apiBase() + "/v2/bot/message/reply",
                Map.of("replyToken", replyToken, "messages", messages),
                Map.of("Authorization", "Bearer " + settings.accessToken()), Outbound.Verdict.ANY);
        return sent ? "sent" : "undelivered";
    }
}
