package kr.donggu.chatbot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.ChatRequest;
import kr.donggu.chatbot.chat.ChatService;

/** {@code POST /api/chat} and {@code POST /api/chat/stream}. */
final class ChatController {

    private static final int CHUNK_CHARS = 12;

    private final ChatService chat;
    private final RateLimits limits;
    private final ObjectMapper json;

    ChatController(ChatService chat, RateLimits limits, ObjectMapper json) {
        this.chat = chat;
        this.limits = limits;
        this.json = json;
    }

    void chat(Context ctx) {
        ctx.json(chat.answer(request(ctx)));
    }

    /**
     * {@code token} events, then the whole reply as {@code done}. With a language model the tokens are its
     * sentences as they are generated (each checked by the fact guard first); otherwise the finished answer in chunks.
     * A bad request is refused with its status before the stream starts; a failure once it has started ends it with
     * an {@code error} event carrying the contract's error body.
     */
    void chatStream(Context ctx) throws IOException {
        ChatRequest request = request(ctx);
        ctx.contentType("text/event-stream; charset=utf-8").header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no");
        PrintWriter out = ctx.res().getWriter();
        try {
            stream(request, out);
        } catch (RuntimeException e) {
            event(out, "error", json.writeValueAsString(ErrorMapper.describe(e, ctx).body()));
        }
    }

    private void stream(ChatRequest request, PrintWriter out) throws IOException {
        boolean[] streamed = {false};
        ChatReply reply = chat.answer(request, sentence -> {
            streamed[0] = true;
            event(out, "token", sentence);
        });
        if (!streamed[0]) {
            String answer = reply.answer();
            for (int i = 0; i < answer.length(); i += CHUNK_CHARS) {
                event(out, "token", answer.substring(i, Math.min(answer.length(), i + CHUNK_CHARS)));
            }
        }
        event(out, "done", json.writeValueAsString(reply));
    }

    /** The questions an empty chat offers as chips. */
    void starters(Context ctx) {
        ctx.json(Map.of("questions", chat.starterQuestions()));
    }

    private ChatRequest request(Context ctx) {
        JsonBody body = JsonBody.read(ctx);
        String sessionId = Inputs.sessionId(body.optionalText("sessionId").orElse(null));
        String message = Inputs.message(body.requiredText("message"));
        limits.chat(ctx, sessionId);
        return ChatRequest.web(sessionId, message);
    }

    /** One SSE event; a chunk with line breaks becomes several data lines, which clients join with '\n'. */
    static void event(PrintWriter out, String name, String data) {
        StringBuilder frame = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\n", -1)) {
            frame.append("data: ").append(line).append('\n');
        }
        out.write(frame.append('\n').toString());
        out.flush();
    }
}
