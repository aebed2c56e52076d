package kr.donggu.chatbot.channels;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.ChatRequest;
import kr.donggu.chatbot.chat.ChatService;

/**
 * Telegram Bot API webhook: checks {@code X-Telegram-Bot-Api-Secret-Token}, answers text messages and inline-keyboard
 * taps with {@code sendMessage}, and acknowledges every other update kind with 200. Every tap is answered with
 * {@code answerCallbackQuery} (or the button keeps spinning); bot commands ({@code /start <payload>},
 * {@code /start@BotName}, {@code /help}) get the greeting.
 */
final class TelegramChannel {

    static final String PLATFORM = "telegram";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    static final int TEXT_LIMIT = 4096;
    private static final int CALLBACK_DATA_BYTES = 64;
    private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?(\\s.*)?$",
            Pattern.DOTALL);
    /** What the chat service greets: every bot command is a request for the introduction. */
    private static final String GREETING_COMMAND = "/start";

    private final ChatService chat;
    private final String secret;
    private final String apiUrl;
    private final ChannelKit kit;

    TelegramChannel(ChatService chat, String secret, String apiUrl, ChannelKit kit) {
        this.chat = chat;
        this.secret = secret;
        this.apiUrl = apiUrl;
        this.kit = kit;
    }

    void webhook(Context ctx) {
        if (!Signatures.equal(secret, ctx.header(SECRET_HEADER))) {
            throw new UnauthorizedResponse();
        }
        JsonNode update = ChannelBodies.parse(ctx.bodyAsBytes());
        ctx.status(200).json(Map.of("ok", true));
        JsonNode tap = update.path("callback_query");
        if (tap.hasNonNull("id")) {
            String tapId = tap.get("id").asText();
            kit.workers().run(PLATFORM, () -> post("answerCallbackQuery", Map.of("callback_query_id", tapId)));
        }
        JsonNode message = tap.isMissingNode() ? update.path("message") : tap.path("message");
        String text = tap.isMissingNode() ? message.path("text").asText("") : tap.path("data").asText("");
        long chatId = message.path("chat").path("id").asLong(0);
        JsonNode from = tap.isMissingNode() ? message.path("from") : tap.path("from");
        if (text.isBlank() || chatId == 0) {
            kit.metrics().event(PLATFORM, "ignored");   // stickers, photos, edits, joins: acknowledged only
            return;
        }
        answer(update, chatId, from.path("id").asText(String.valueOf(chatId)), text);
    }

    private void answer(JsonNode update, long chatId, String userId, String text) {
        if (!kit.admits(PLATFORM, userId, () -> post("sendMessage", Map.of("chat_id", chatId,
                "text", ChannelTexts.RATE_LIMITED)))) {
            return;
        }
        String message = COMMAND.matcher(text.strip()).matches() ? GREETING_COMMAND : ChannelBodies.text(text);
        ChatRequest request = new ChatRequest("tg:" + chatId, message, PLATFORM,
                update.hasNonNull("update_id") ? update.get("update_id").asText() : null);
        kit.answerLater(PLATFORM, chat, request, reply -> reply(chatId, reply));
    }

    private String reply(long chatId, ChatReply reply) {
        List<String> parts = TextSplitter.split(reply.answer(), TEXT_LIMIT);
        List<String> quick = ChannelTexts.quickReplies(reply);
        boolean sent = true;
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            Map<String, Object> body = last && !quick.isEmpty()
                    ? Map.of("chat_id", chatId, "text", parts.get(i), "reply_markup", keyboard(quick))
                    : Map.of("chat_id", chatId, "text", parts.get(i));
            sent &= "sent".equals(post("sendMessage", body));
        }
        return sent ? "sent" : "undelivered";
    }

    private String post(String method, Map<String, Object> body) {
        boolean sent = kit.outbound().post(PLATFORM, apiUrl + "/" + method, body, Map.of(),
                r -> !r.has("ok") || r.path("ok").asBoolean() ? null : r.path("error_code").asText("not_ok"));
        return sent ? "sent" : "undelivered";
    }

    private static Map<String, Object> keyboard(List<String> quickReplies) {
        return Map.of("inline_keyboard", quickReplies.stream()
                .filter(q -> q.getBytes(StandardCharsets.UTF_8).length <= CALLBACK_DATA_BYTES)
                .map(q -> List.of(Map.of("text", q, "callback_data", q))).toList());
    }
}
