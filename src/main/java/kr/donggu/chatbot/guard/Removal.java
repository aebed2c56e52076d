package kr.donggu.chatbot.guard;

/** A sentence the guard removed, and the fact in it that no cited section supports. */
public record Removal(String sentence, FactKind kind, String fact) {
}
