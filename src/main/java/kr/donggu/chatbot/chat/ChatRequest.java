package kr.donggu.chatbot.chat;

/**
 * One incoming message. {@code sessionId} null starts a new session; {@code externalId} is the platform's message id
 * (null on the web) and makes a retried delivery return the first answer instead of a second one.
 * {@code noPersonalData} is set when the platform says the user must not be asked for personal data.
 */
public record ChatRequest(String sessionId, String message, String channel, String externalId,
                          boolean noPersonalData) {

    public ChatRequest(String sessionId, String message, String channel, String externalId) {
        this(sessionId, message, channel, externalId, false);
    }

    public static ChatRequest web(String sessionId, String message) {
        return new ChatRequest(sessionId, message, "web", null);
    }
}
