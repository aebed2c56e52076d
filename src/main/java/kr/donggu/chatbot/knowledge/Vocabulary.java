package kr.donggu.chatbot.knowledge;

import java.util.List;

/**
 * The language staff maintain in {@code knowledge/dictionary/}: the Nori user dictionary (as its text) and the
 * {@link Lexicon} (question kinds, conversational cues, dialect rewrites, synonyms and paraphrases, …).
 */
public record Vocabulary(String userDictionary, Lexicon lexicon) {

    public static Vocabulary empty() {
        return new Vocabulary("", Lexicon.empty());
    }

    /** Groups of equivalent domain terms, each group's first entry being the word the documents use. */
    public List<List<String>> synonymGroups() {
        return lexicon.synonyms();
    }
}
