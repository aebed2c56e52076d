package kr.donggu.chatbot.channels;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.ChatRequest;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.chat.PhraseBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kakao i Open Builder skill: a skill request in, a {@code version: "2.0"} skill response out within the platform's
 * 5 seconds. Without a usable {@code callbackUrl} the answer comes from a service whose model gives up in time
 * ({@code direct}); if it is still not ready {@link #DIRECT_DEADLINE} after the request arrived, a polite "please
 * ask again" goes out instead (the answer is still stored). With a callback URL (on an allowed origin only) the
 * answer comes from a service with the long callback budget ({@code withCallback}): if it is not ready by
 * {@link #CALLBACK_DEADLINE} the skill replies {@code useCallback: true} and posts the answer to the URL (once,
 * valid for one minute) when it is.
 */
final class KakaoChannel {

    record Services(ChatService direct, ChatService withCallback) {
    }

    static final String PLATFORM = "kakao";
    static final String SECRET_HEADER = "X-Kakao-Skill-Secret";
    /** From the request's arrival; the rest of Kakao's 5 s is for the response, the network and a loaded machine. */
    static final Duration DIRECT_DEADLINE = Duration.ofMillis(3800);
    static final Duration CALLBACK_DEADLINE = Duration.ofMillis(3300);
    private static final Logger log = LoggerFactory.getLogger(KakaoChannel.class);

    private final Services chat;
    private final String secret;
    private final CallbackGuard callbacks;
    private final ChannelKit kit;

    KakaoChannel(Services chat, String secret, CallbackGuard callbacks, ChannelKit kit) {
        this.chat = chat;
        this.secret = secret;
        this.callbacks = callbacks;
        this.kit = kit;
    }

    void skill(Context ctx) {
        long arrived = System.nanoTime();
        if (secret != null && !Signatures.equal(secret, ctx.header(SECRET_HEADER))) {
            throw new UnauthorizedResponse();
        }
        JsonNode user = ChannelBodies.parse(ctx.bodyAsBytes()).path("userRequest");
        String utterance = ChannelBodies.text(user.path("utterance").asText(""));
        String userId = user.path("user").path("id").asText("");
        if (utterance.isEmpty() || userId.isEmpty()) {
            kit.metrics().event(PLATFORM, "ignored");
            ctx.json(KakaoResponses.text(ChannelTexts.NOT_UNDERSTOOD, List.of()));
            return;
        }
        if (kit.limit(PLATFORM, userId) != UserLimits.Decision.ALLOWED) {
            ctx.json(KakaoResponses.text(ChannelTexts.RATE_LIMITED, List.of()));
            return;
        }
        String callback = callbackUrl(user);
        Duration left = (callback == null ? DIRECT_DEADLINE : CALLBACK_DEADLINE)
                .minusNanos(System.nanoTime() - arrived);
        ctx.json(answer(new ChatRequest(ChannelBodies.session(PLATFORM, userId), utterance, PLATFORM, null),
                callback, left, kit.phrases().says(PhraseBook.Kind.LISTING, utterance)));
    }

    private Map<String, Object> answer(ChatRequest request, String callback, Duration wait, boolean listing) {
        ChatService service = callback == null ? chat.direct() : chat.withCallback();
        try {
            CompletableFuture<ChatReply> answer = kit.answers().start(() -> service.answer(request));
            Optional<ChatReply> ready = TimedAnswers.within(answer, wait);
            if (ready.isPresent()) {
                kit.metrics().event(PLATFORM, "answered");
                return KakaoResponses.reply(ready.get(), service.index().knowledge(), listing);
            }
            if (callback != null) {
                kit.metrics().event(PLATFORM, "callback");
                answer.whenComplete((reply, error) -> kit.workers().run(PLATFORM,
                        () -> deliver(callback, reply, error, service, listing)));
                return Map.of("version", "2.0", "useCallback", true, "data", Map.of("text", ChannelTexts.PREPARING));
            }
            kit.metrics().event(PLATFORM, "overrun");
            return KakaoResponses.text(ChannelTexts.SLOW, List.of());
        } catch (TimedAnswers.Failed e) {
            log.warn("Kakao answer failed: {}", e.getCause().getClass().getName());
            kit.metrics().event(PLATFORM, e.busy() ? "busy" : "failed");
            return KakaoResponses.text(e.busy() ? ChannelTexts.SLOW : ChannelTexts.FAILED, List.of());
        }
    }

    private String deliver(String callback, ChatReply reply, Throwable error, ChatService service, boolean listing) {
        if (error != null) {
            log.warn("Kakao answer for a callback failed: {}", error.getClass().getName());
        }
        Map<String, Object> body = reply == null ? KakaoResponses.text(ChannelTexts.FAILED, List.of())
                : KakaoResponses.reply(reply, service.index().knowledge(), listing);
        boolean sent = kit.outbound().post(PLATFORM, callback, body, Map.of(),
                r -> !r.has("status") || "SUCCESS".equals(r.path("status").asText()) ? null : r.path("status").asText());
        return reply == null ? "failed" : sent ? "sent" : "undelivered";
    }

    /** The callback URL, if the request has one on an allowed origin; any other is refused and never called. */
    private String callbackUrl(JsonNode userRequest) {
        String url = userRequest.path("callbackUrl").asText("");
        if (url.isEmpty()) {
            return null;
        }
        if (!callbacks.allows(url)) {
            log.warn("Kakao callback URL refused: not on KAKAO_CALLBACK_HOSTS");
            kit.metrics().event(PLATFORM, "callback_refused");
            return null;
        }
        return url;
    }
}
