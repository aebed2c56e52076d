package kr.donggu.chatbot.knowledge;

/** A {@code ##} section of a document: the unit that is indexed, retrieved and cited. */
public record Section(String heading, String text) {
}
