package kr.donggu.chatbot.channels;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.ChatRequest;
import kr.donggu.chatbot.chat.ChatService;

/**
 * LINE Messaging API webhook: verifies {@code X-Line-Signature} (Base64 HMAC-SHA256 of the raw body), answers text
 * message events through the reply API with quick-reply items, and acknowledges everything else.
 */
final class LineChannel {

    static final int TEXT_LIMIT = 5000;
    static final int MAX_MESSAGES = 5;
    static final int MAX_QUICK_REPLIES = 13;
    static final int LABEL_LIMIT = 20;

    private final ChatService chat;
    private final String channelSecret;
    private final String replyUrl;
    private final String accessToken;
    private final Outbound outbound;
    private final Executor executor;

    LineChannel(ChatService chat, String channelSecret, String apiBase, String accessToken, Outbound outbound,
                Executor executor) {
        this.chat = chat;
        this.channelSecret = channelSecret;
        this.replyUrl = apiBase + "/v2/bot/message/reply";
        this.accessToken = accessToken;
        this.outbound = outbound;
        this.executor = executor;
    }

    void webhook(Context ctx) {
        byte[] raw = ctx.bodyAsBytes();
        String expected = Base64.getEncoder().encodeToString(Signatures.hmacSha256(channelSecret, raw));
        if (!Signatures.equal(expected, ctx.header("X-Line-Signature"))) {
            throw new UnauthorizedResponse();
        }
        JsonNode body = ChannelBodies.parse(raw);
        ctx.status(200).json(Map.of("ok", true));
        for (JsonNode event : body.path("events")) {
            boolean text = "message".equals(event.path("type").asText())
                    && "text".equals(event.path("message").path("type").asText());
            String message = ChannelBodies.text(event.path("message").path("text").asText());
            if (!text || message.isEmpty() || "standby".equals(event.path("mode").asText()) || !event.has("replyToken")) {
                continue;
            }
            ChatRequest request = new ChatRequest(ChannelBodies.session("line", event.path("source").path("userId")
                    .asText("")), message, "line",
                    event.hasNonNull("webhookEventId") ? event.get("webhookEventId").asText() : null);
            String replyToken = event.get("replyToken").asText();
            executor.execute(() -> reply(replyToken, chat.answer(request)));
        }
    }

    private void reply(String replyToken, ChatReply reply) {
        if (reply.replayed()) {
            return;
        }
        List<String> parts = TextSplitter.split(reply.answer(), TEXT_LIMIT);
        List<Map<String, Object>> messages = new ArrayList<>();
        for (String part : parts.subList(0, Math.min(MAX_MESSAGES, parts.size()))) {
            messages.add(new LinkedHashMap<>(Map.of("type", "text", "text", part)));
        }
        if (!reply.quickReplies().isEmpty()) {
            messages.get(messages.size() - 1).put("quickReply", Map.of("items", reply.quickReplies().stream()
                    .limit(MAX_QUICK_REPLIES).map(q -> Map.of("type", "action", "action", Map.of("type", "message",
                            "label", q.length() <= LABEL_LIMIT ? q : q.substring(0, LABEL_LIMIT - 1) + "…",
                            "text", q))).toList()));
        }
        outbound.postJson(replyUrl, Map.of("replyToken", replyToken, "messages", messages),
                Map.of("Authorization", "Bearer " + accessToken));
    }
}
