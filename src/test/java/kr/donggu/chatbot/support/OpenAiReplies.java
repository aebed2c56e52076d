package kr.donggu.chatbot.support;

/** Bodies in the OpenAI chat-completions wire format, for a {@link StandInServer} playing a language model. */
public final class OpenAiReplies {

    /** The last two events of a streamed completion. */
    public static final String FINISH = "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
            + "\"model\":\"fake-model\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
            + "data: [DONE]\n\n";

    private OpenAiReplies() {
    }

    public static StandInServer.Reply completion(String text) {
        return StandInServer.Reply.json("""
                {"id":"c1","object":"chat.completion","created":1700000000,"model":"fake-model",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17}}""".formatted(quote(text)));
    }

    /** One event of a streamed completion carrying {@code text}. */
    public static String chunk(String text) {
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake-model\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quote(text) + "},\"finish_reason\":null}]}\n\n";
    }

    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
