package kr.donggu.chatbot.eligibility;

/** Where an organisation is, as far as the criteria care: in Gwangju's Dong-gu or not, and a short label. */
public record Location(boolean inDonggu, String label) {
}
