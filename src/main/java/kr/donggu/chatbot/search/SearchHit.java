package kr.donggu.chatbot.search;

/** One retrieved section: enough to cite it ({@code docId}, {@code title}, {@code section}) and to answer from it. */
public record SearchHit(String docId, String title, String section, String text, float score) {
}
