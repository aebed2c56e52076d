package kr.donggu.chatbot.guard;

/** A fact found in a text: its kind, the words as written, and a normal form for comparison. */
record Fact(FactKind kind, String surface, String normal) {

    String key() {
        return kind + ":" + normal;
    }
}
