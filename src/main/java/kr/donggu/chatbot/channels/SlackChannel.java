package kr.donggu.chatbot.channels;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.ChatRequest;
import kr.donggu.chatbot.chat.ChatService;

/**
 * Slack Events API: verifies the v0 signature over the raw body within a 5-minute window, answers
 * {@code url_verification}, acknowledges at once and replies in the thread with {@code chat.postMessage}. Its own
 * bot's messages and Slack's retries ({@code X-Slack-Retry-Num}) are acknowledged and not answered again.
 */
final class SlackChannel {

    static final long WINDOW_SECONDS = 300;
    static final int TEXT_LIMIT = 3000;

    private final ChatService chat;
    private final String signingSecret;
    private final String postMessageUrl;
    private final String botToken;
    private final Outbound outbound;
    private final Executor executor;
    private final Clock clock;

    SlackChannel(ChatService chat, String signingSecret, String apiBase, String botToken, Outbound outbound,
                 Executor executor, Clock clock) {
        this.chat = chat;
        this.signingSecret = signingSecret;
        this.postMessageUrl = apiBase + "/chat.postMessage";
        this.botToken = botToken;
        this.outbound = outbound;
        this.executor = executor;
        this.clock = clock;
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
        boolean retry = ctx.header("X-Slack-Retry-Num") != null;
        boolean fromBot = event.has("bot_id") || event.has("subtype");
        String text = ChannelBodies.text(event.path("text").asText("").replaceAll("<@[A-Z0-9]+>", ""));
        if (retry || fromBot || text.isEmpty() || !event.has("channel")) {
            return;
        }
        String thread = event.has("thread_ts") ? event.get("thread_ts").asText() : event.path("ts").asText();
        ChatRequest request = new ChatRequest(ChannelBodies.session("slack", body.path("team_id").asText("")
                + ":" + event.path("user").asText("")), text, "slack",
                body.hasNonNull("event_id") ? body.get("event_id").asText() : null);
        String channel = event.get("channel").asText();
        executor.execute(() -> reply(channel, thread, chat.answer(request)));
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

    private void reply(String channel, String thread, ChatReply reply) {
        if (reply.replayed()) {
            return;
        }
        List<String> parts = TextSplitter.split(reply.answer(), TEXT_LIMIT);
        for (String part : parts) {
            outbound.postJson(postMessageUrl, Map.of("channel", channel, "text", part, "thread_ts", thread),
                    Map.of("Authorization", "Bearer " + botToken));
        }
    }
}
