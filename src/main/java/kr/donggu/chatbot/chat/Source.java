package kr.donggu.chatbot.chat;

/** A cited section, as the contract shows it. */
public record Source(String id, String title, String section, String url) {
}
