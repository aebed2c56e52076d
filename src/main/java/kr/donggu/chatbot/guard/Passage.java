package kr.donggu.chatbot.guard;

/**
 * A piece of evidence: text, and the id of what it is about (a document id), or null. Sentences of a passage need
 * not repeat their subject: a document's sentence "2025년에 추진되었습니다" is about the document's program.
 */
public record Passage(String subject, String text) {

    public Passage {
        text = text == null ? "" : text;
    }
}
