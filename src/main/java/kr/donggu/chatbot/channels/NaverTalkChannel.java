package kr.donggu.chatbot.channels;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import kr.donggu.chatbot.answer.Replies;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.ChatRequest;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.knowledge.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Naver TalkTalk Chat Bot API v1. Naver signs nothing, so only requests from the allowed source addresses are taken.
 * A {@code send} with text is answered in the webhook's own response when the answer is ready within
 * {@link #SYNC_DEADLINE} (Naver reads for 5 s), otherwise through the 보내기 API once it is. {@code open} is greeted and
 * remembers {@code options.under14}: such a user is never asked for personal data. {@code echo} (our own messages
 * coming back) is never answered, or messages would loop; {@code leave}, {@code friend} and the rest are
 * acknowledged only.
 */
final class NaverTalkChannel {

    static final String PLATFORM = "navertalk";
    /** From the request's arrival; Naver stops reading after 5 s. */
    static final Duration SYNC_DEADLINE = Duration.ofMillis(4000);
    static final int TEXT_LIMIT = 10_000;
    static final int MAX_QUICK_REPLIES = 10;
    static final int QUICK_LABEL_LIMIT = 10;
    private static final int TRACKED_USERS = 100_000;
    private static final Logger log = LoggerFactory.getLogger(NaverTalkChannel.class);

    record Settings(String authorization, String apiBase, List<String> allowedSources, ClientAddress addresses) {
    }

    private final ChatService chat;
    private final Settings settings;
    private final Predicate<InetAddress> allowed;
    private final ChannelKit kit;
    private final Map<String, Boolean> minors = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > TRACKED_USERS;
        }
    });

    NaverTalkChannel(ChatService chat, Settings settings, ChannelKit kit) {
        this.chat = chat;
        this.settings = settings;
        this.allowed = ClientAddress.patterns(settings.allowedSources());
        this.kit = kit;
    }

    void webhook(Context ctx) {
        long arrived = System.nanoTime();
        InetAddress source = settings.addresses().resolve(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
        if (source == null || !allowed.test(source)) {
            kit.metrics().event(PLATFORM, "refused_source");
            throw new UnauthorizedResponse();
        }
        JsonNode body = ChannelBodies.parse(ctx.bodyAsBytes());
        String user = body.path("user").asText("");
        if (body.path("options").has("under14")) {
            minors.put(user, body.path("options").path("under14").asBoolean(false));
        }
        switch (body.path("event").asText("")) {
            case "send" -> send(ctx, body, user, SYNC_DEADLINE.minusNanos(System.nanoTime() - arrived));
            case "open" -> respond(ctx, "opened", Replies.GREETING, chat.starterQuestions());
            default -> {
                kit.metrics().event(PLATFORM, "ignored");   // echo (never re-sent), leave, friend, action …
                ctx.status(200);
            }
        }
    }

    private void send(Context ctx, JsonNode body, String user, Duration wait) {
        JsonNode content = body.path("textContent");
        String code = content.path("code").asText("");
        String text = ChannelBodies.text(code.isBlank() ? content.path("text").asText("") : code);
        if (text.isEmpty() || user.isEmpty()) {
            respond(ctx, "ignored", ChannelTexts.TEXT_ONLY, List.of());
            return;
        }
        if (kit.limit(PLATFORM, user) != UserLimits.Decision.ALLOWED) {
            respond(ctx, "limited", ChannelTexts.RATE_LIMITED, List.of());
            return;
        }
        ChatRequest request = new ChatRequest(ChannelBodies.session(PLATFORM, user), text, PLATFORM, null,
                minors.getOrDefault(user, false));
        try {
            CompletableFuture<ChatReply> answer = kit.answers().start(() -> chat.answer(request));
            Optional<ChatReply> ready = TimedAnswers.within(answer, wait);
            if (ready.isPresent() && ready.get().answer().length() <= TEXT_LIMIT) {
                respond(ctx, "answered", ready.get().answer(), ChannelTexts.quickReplies(ready.get()));
                return;
            }
            kit.metrics().event(PLATFORM, "pushed");
            answer.whenComplete((reply, error) -> kit.workers().run(PLATFORM, () -> push(user, reply, error)));
            ctx.status(200);
        } catch (TimedAnswers.Failed e) {
            log.warn("Naver TalkTalk answer failed: {}", e.getCause().getClass().getName());
            respond(ctx, e.busy() ? "busy" : "failed", e.busy() ? ChannelTexts.SLOW : ChannelTexts.FAILED, List.of());
        }
    }

    private void respond(Context ctx, String outcome, String text, List<String> quickReplies) {
        kit.metrics().event(PLATFORM, outcome);
        ctx.contentType("application/json;charset=UTF-8").json(Map.of("event", "send",
                "textContent", textContent(text, quickReplies)));
    }

    /** The answer through the 보내기 API, in parts of at most 10,000 characters, the quick replies on the last. */
    private String push(String user, ChatReply reply, Throwable error) {
        if (error != null) {
            log.warn("Naver TalkTalk answer failed: {}", error.getClass().getName());
        }
        if (reply == null) {
            return send(user, ChannelTexts.FAILED, List.of()) ? "failed" : "undelivered";
        }
        List<String> parts = TextSplitter.split(reply.answer(), TEXT_LIMIT);
        boolean sent = true;
        for (int i = 0; i < parts.size(); i++) {
            sent &= send(user, parts.get(i), i == parts.size() - 1 ? ChannelTexts.quickReplies(reply) : List.of());
        }
        return sent ? "sent" : "undelivered";
    }

    private boolean send(String user, String text, List<String> quickReplies) {
        return kit.outbound().post(PLATFORM, settings.apiBase() + "/chatbot/v1/event",
                Map.of("event", "send", "user", user, "textContent", textContent(text, quickReplies)),
                Map.of("Authorization", settings.authorization()),
                r -> r.path("success").asBoolean(false) ? null : r.path("resultCode").asText("not_ok"));
    }

    /** Quick buttons show at most 10 characters; the whole question goes as the button's code. */
    private static Map<String, Object> textContent(String text, List<String> quickReplies) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("text", text);
        if (!quickReplies.isEmpty()) {
            content.put("quickReply", Map.of("buttonList", quickReplies.stream().limit(MAX_QUICK_REPLIES)
                    .map(q -> Map.of("type", "TEXT", "data", Map.of("title", Texts.shortenAtWord(q, QUICK_LABEL_LIMIT),
                            "code", q))).toList()));
        }
        return content;
    }
}
