package kr.donggu.chatbot.knowledge;

/** What a document is about, so "그 회사" and "그 사업" find the right thing in a conversation. */
public enum EntityKind {
    PROGRAM, ORGANISATION, GUIDE;

    static java.util.Optional<EntityKind> parse(String value) {
        return switch (value) {
            case "program" -> java.util.Optional.of(PROGRAM);
            case "organisation", "organization" -> java.util.Optional.of(ORGANISATION);
            case "guide" -> java.util.Optional.of(GUIDE);
            default -> java.util.Optional.empty();
        };
    }
}
