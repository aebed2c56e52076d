package kr.donggu.chatbot.store;

/** A cited section as stored with a message. */
public record SourceRef(String docId, String title, String section) {
}
