package kr.donggu.chatbot.channels;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.ChatRequest;
import kr.donggu.chatbot.chat.ChatService;

/**
 * Slack Events API: verifies the v0 signature over the raw body within a 5-minute window, answers
 * {@code url_verification}, acknowledges at once and replies with {@code chat.postMessage}: in the thread for a
 * mention in a channel, in the conversation itself for a direct message. An event is answered the first time it
 * is seen, whatever its {@code X-Slack-Retry-Num} (the first delivery may never have reached us); a repeat of one
 * already answered is recognised by its {@code event_id}. A post Slack refuses ({@code ok: false}) is a failure.
 */
final class SlackChannel {

    static final String PLATFORM = "slack";
    static final long WINDOW_SECONDS = 300;
    static final int TEXT_LIMIT = 3000;

    private final ChatService chat;
    private final String signingSecret;
    private final ChannelKit kit;
    private final Clock clock;
    private final String postMessageUrl;
    private final String botToken;

    SlackChannel(ChatService chat, Settings settings, ChannelKit kit, Clock clock) {
        this.chat = chat;
        this.signingSecret = settings.signingSecret();
        this.postMessageUrl = settings.apiBase() + "/chat.postMessage";
        this.botToken = settings.botToken();
        this.kit = kit;
        this.clock = clock;
    }

    record Settings(String signingSecret, String apiBase, String botToken) {
    }

    void events(Context ctx) {
        byte[] raw = ctx.bodyAsBytes();
        verify(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), raw);
        JsonNode body = ChannelBodies.parse(raw);
        if ("url_verification".equals(body.path("type").asText())) {
            ctx.json(Map.of("challenge", body.path("challenge").asText("")));
            return;
        }
        ctx.status(200).json(Map.of("ok", true));
        JsonNode event = body.path("event");
        boolean fromBot = event.has("bot_id") || event.has("subtype");
        String text = event.path("text").asText("").replaceAll("<@[A-Z0-9]+>", "").strip();
        if (fromBot || text.isEmpty() || !event.has("channel")) {
            kit.metrics().event(PLATFORM, "ignored");
            return;
        }
        String user = body.path("team_id").asText("") + ":" + event.path("user").asText("");
        String channel = event.get("channel").asText();
        // a direct message is answered in the conversation; a mention in a channel, in its thread
        String thread = "im".equals(event.path("channel_type").asText()) ? null
                : event.hasNonNull("thread_ts") ? event.get("thread_ts").asText() : event.path("ts").asText();
        if (!kit.admits(PLATFORM, user, () -> post(channel, thread, ChannelTexts.RATE_LIMITED))) {
            return;
        }
        ChatRequest request = new ChatRequest(ChannelBodies.session(PLATFORM, user), ChannelBodies.text(text),
                PLATFORM, body.hasNonNull("event_id") ? body.get("event_id").asText() : null);
        kit.answerLater(PLATFORM, chat, request, reply -> reply(channel, thread, reply));
    }

    void verify(String timestamp, String signature, byte[] raw) {
        long ts;
        try {
            ts = Long.parseLong(timestamp == null ? "" : timestamp.strip());
        } catch (NumberFormatException e) {
            throw new UnauthorizedResponse();
        }
        if (Math.abs(clock.instant().getEpochSecond() - ts) > WINDOW_SECONDS) {
            throw new UnauthorizedResponse();   // stale: a replayed request
        }
        byte[] base = ("v0:" + ts + ":").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[base.length + raw.length];
        System.arraycopy(base, 0, message, 0, base.length);
        System.arraycopy(raw, 0, message, base.length, raw.length);
        String expected = "v0=" + HexFormat.of().formatHex(Signatures.hmacSha256(signingSecret, message));
        if (!Signatures.equal(expected, signature)) {
            throw new UnauthorizedResponse();
        }
    }

    private String reply(String channel, String thread, ChatReply reply) {
        String text = ChannelTexts.isMiss(reply) ? reply.answer() + "\n" + ChannelTexts.HANDOFF_HINT : reply.answer();
        boolean sent = true;
        for (String part : TextSplitter.split(text, TEXT_LIMIT)) {
            sent &= "sent".equals(post(channel, thread, part));
        }
        return sent ? "sent" : "undelivered";
    }

    private String post(String channel, String thread, String text) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", channel, "text", text));
        if (thread != null) {
            body.put("thread_ts", thread);
        }
        boolean sent = kit.outbound().post(PLATFORM, postMessageUrl, body,
                Map.of("Authorization", "Bearer " + botToken),
                r -> r.path("ok").asBoolean(false) ? null : r.path("error").asText("not_ok"));
        return sent ? "sent" : "undelivered";
    }
}
