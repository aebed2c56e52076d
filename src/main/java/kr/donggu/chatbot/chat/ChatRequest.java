package kr.donggu.chatbot.chat;

/**
 * One incoming message. {@code sessionId} null starts a new session; {@code externalId} is the platform's message id
 * (null on the web) and makes a retried delivery return the first answer instead of a second one.
 */
public record ChatRequest(String sessionId, String message, String channel, String externalId) {

    public static ChatRequest web(String sessionId, String message) {
        return new ChatRequest(sessionId, message, "web", null);
    }
}
