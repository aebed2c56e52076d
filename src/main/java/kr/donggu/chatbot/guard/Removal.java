package kr.donggu.chatbot.guard;

/** A sentence the guard removed, why (the kind of claim no evidence sentence supports), and the words at fault. */
public record Removal(String sentence, ClaimKind kind, String fact) {
}
