package kr.donggu.chatbot.search;

/**
 * Something a text names: a document ({@code person} null) or a person of a document. {@code start} and
 * {@code end} are positions in the text's compact form (no spaces, lower case).
 */
public record Mention(String docId, String person, int start, int end) {

    public boolean isPerson() {
        return person != null;
    }
}
