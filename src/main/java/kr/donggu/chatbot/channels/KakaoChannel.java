package kr.donggu.chatbot.channels;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.ChatRequest;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.chat.Source;

/**
 * Kakao i Open Builder skill: a skill request in, a {@code version: "2.0"} skill response out within the platform's
 * 5 seconds. With a language model configured and a {@code callbackUrl} in the request, it replies
 * {@code useCallback: true} at once and posts the answer to the callback URL (valid for one minute, once).
 */
final class KakaoChannel {

    static final String SECRET_HEADER = "X-Kakao-Skill-Secret";
    static final int TEXT_LIMIT = 1000;
    static final int MAX_OUTPUTS = 3;
    static final int MAX_QUICK_REPLIES = 10;

    private final ChatService chat;
    private final String secret;
    private final boolean slowModel;
    private final Outbound outbound;
    private final Executor executor;

    KakaoChannel(ChatService chat, String secret, boolean slowModel, Outbound outbound, Executor executor) {
        this.chat = chat;
        this.secret = secret;
        this.slowModel = slowModel;
        this.outbound = outbound;
        this.executor = executor;
    }

    void skill(Context ctx) {
        if (secret != null && !Signatures.equal(secret, ctx.header(SECRET_HEADER))) {
            throw new UnauthorizedResponse();
        }
        JsonNode body = ChannelBodies.parse(ctx.bodyAsBytes());
        String utterance = ChannelBodies.text(body.path("userRequest").path("utterance").asText(""));
        String userId = body.path("userRequest").path("user").path("id").asText("");
        if (utterance.isEmpty() || userId.isEmpty()) {
            ctx.json(response(List.of("말씀을 이해하지 못했습니다. 궁금한 점을 글로 보내 주세요."), List.of(), List.of()));
            return;
        }
        ChatRequest request = new ChatRequest(ChannelBodies.session("kakao", userId), utterance, "kakao", null);
        String callbackUrl = body.path("userRequest").path("callbackUrl").asText(null);
        if (slowModel && callbackUrl != null) {
            executor.execute(() -> outbound.postJson(callbackUrl, toResponse(chat.answer(request)), Map.of()));
            ctx.json(Map.of("version", "2.0", "useCallback", true,
                    "data", Map.of("text", "답변을 준비하고 있습니다. 잠시만 기다려 주세요.")));
            return;
        }
        ctx.json(toResponse(chat.answer(request)));
    }

    static Map<String, Object> toResponse(ChatReply reply) {
        return response(TextSplitter.split(reply.answer(), TEXT_LIMIT), reply.quickReplies(), reply.sources());
    }

    private static Map<String, Object> response(List<String> texts, List<String> quickReplies, List<Source> sources) {
        List<Object> outputs = new ArrayList<>();
        Source linked = sources.stream().filter(s -> s.url() != null).findFirst().orElse(null);
        int textOutputs = Math.min(texts.size(), linked == null ? MAX_OUTPUTS : MAX_OUTPUTS - 1);
        for (String text : texts.subList(0, textOutputs)) {
            outputs.add(Map.of("simpleText", Map.of("text", text)));
        }
        if (linked != null) {
            outputs.add(Map.of("textCard", Map.of("title", limit(linked.title(), 50),
                    "description", limit(linked.section() == null ? linked.title() : linked.section(), 400),
                    "buttons", List.of(Map.of("label", "자세히 보기", "action", "webLink", "webLinkUrl", linked.url())))));
        }
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("outputs", outputs);
        template.put("quickReplies", quickReplies.stream().limit(MAX_QUICK_REPLIES)
                .map(q -> Map.of("label", limit(q, 14), "action", "message", "messageText", q)).toList());
        return Map.of("version", "2.0", "template", template);
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
