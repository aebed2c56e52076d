package kr.donggu.chatbot.knowledge;

/**
 * What a question asks for. The constants are the behaviour (which detail an answer must state, which sentences
 * answer); the Korean words that recognise each kind are data, in {@code knowledge/dictionary/question-kinds.yaml}
 * (see {@link Lexicon#kindOf(String)}), in priority order.
 */
public enum QuestionKind {
    AMOUNT, CONTACT, WHEN, WHERE, PART_OF, LIST, COUNT, HOW, PERSON, WHO, APPLY, RESULT, DETAIL, WHAT
}
