package kr.donggu.chatbot.channels;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.ChatRequest;
import kr.donggu.chatbot.chat.ChatService;

/**
 * Telegram Bot API webhook: checks {@code X-Telegram-Bot-Api-Secret-Token}, answers text messages, /start and
 * inline-keyboard taps with {@code sendMessage}, and acknowledges every other update kind with 200.
 */
final class TelegramChannel {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    static final int TEXT_LIMIT = 4096;
    private static final int CALLBACK_DATA_BYTES = 64;

    private final ChatService chat;
    private final String secret;
    private final String apiUrl;
    private final Outbound outbound;
    private final Executor executor;

    TelegramChannel(ChatService chat, String secret, String apiBase, String botToken, Outbound outbound,
                    Executor executor) {
        this.chat = chat;
        this.secret = secret;
        this.apiUrl = apiBase + "/bot" + botToken;
        this.outbound = outbound;
        this.executor = executor;
    }

    void webhook(Context ctx) {
        if (!Signatures.equal(secret, ctx.header(SECRET_HEADER))) {
            throw new UnauthorizedResponse();
        }
        JsonNode update = ChannelBodies.parse(ctx.bodyAsBytes());
        JsonNode message = update.path("message");
        String text = message.path("text").asText(null);
        long chatId = message.path("chat").path("id").asLong(0);
        if (text == null && update.has("callback_query")) {
            text = update.path("callback_query").path("data").asText(null);
            chatId = update.path("callback_query").path("message").path("chat").path("id").asLong(0);
        }
        ctx.status(200).json(Map.of("ok", true));
        text = text == null ? null : ChannelBodies.text(text);
        if (text == null || text.isEmpty() || chatId == 0) {
            return;   // stickers, photos, edits, joins: acknowledged, not answered
        }
        ChatRequest request = new ChatRequest("tg:" + chatId, text, "telegram",
                update.hasNonNull("update_id") ? update.get("update_id").asText() : null);
        long chat = chatId;
        executor.execute(() -> reply(chat, this.chat.answer(request)));
    }

    private void reply(long chatId, ChatReply reply) {
        if (reply.replayed()) {
            return;
        }
        List<String> parts = TextSplitter.split(reply.answer(), TEXT_LIMIT);
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            Map<String, Object> body = last && !reply.quickReplies().isEmpty()
                    ? Map.of("chat_id", chatId, "text", parts.get(i), "reply_markup", keyboard(reply.quickReplies()))
                    : Map.of("chat_id", chatId, "text", parts.get(i));
            outbound.postJson(apiUrl + "/sendMessage", body, Map.of());
        }
    }

    private static Map<String, Object> keyboard(List<String> quickReplies) {
        return Map.of("inline_keyboard", quickReplies.stream()
                .filter(q -> q.getBytes(StandardCharsets.UTF_8).length <= CALLBACK_DATA_BYTES)
                .map(q -> List.of(Map.of("text", q, "callback_data", q))).toList());
    }
}
