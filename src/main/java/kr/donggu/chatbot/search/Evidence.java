package kr.donggu.chatbot.search;

/**
 * One sentence of a document offered as evidence for a question, best first. {@code answersKind}: it carries what
 * this kind of question asks for (a date for 언제, a count for 몇 개); {@code onFocus}: it shares what the question
 * is about beyond the program's own name; {@code gap}: it says something is not in the documents, and
 * {@code gapOnFocus} that the missing thing is what was asked; {@code referral}: it points to the district office;
 * {@code list}: the list it belongs to in its section (-1: none), {@code listIntro} when it introduces that list;
 * {@code filled}: which parts of the question it says something about (bit i: the question's i-th content word), so
 * an answer can cover every part ("사회적기업이랑 협동조합은 뭐가 달라요?").
 */
public record Evidence(String docId, String title, String section, int sectionIndex, int sentence, String text,
                       double score, boolean answersKind, boolean onFocus, boolean gap, boolean gapOnFocus,
                       boolean referral, int list, boolean listIntro, long filled) {
}
