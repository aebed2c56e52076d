package kr.donggu.chatbot.knowledge;

/** A person a document names, with the role they hold in the document's organisation (김유미, 대표). */
public record Person(String name, String role) {
}
