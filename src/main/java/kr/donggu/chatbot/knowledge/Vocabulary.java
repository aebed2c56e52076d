package kr.donggu.chatbot.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The language staff maintain in {@code knowledge/dictionary/}: the Nori user dictionary (as its text), the
 * {@link Lexicon} (question kinds, conversational cues, dialect rewrites, synonyms and paraphrases, …), and the
 * folder's other {@code .txt} files by name, for the parts that read their own lists (the fact guard's cue words).
 */
public record Vocabulary(String userDictionary, Lexicon lexicon, Map<String, String> files) {

    public Vocabulary {
        files = Map.copyOf(files);
    }

    public Vocabulary(String userDictionary, Lexicon lexicon) {
        this(userDictionary, lexicon, Map.of());
    }

    public static Vocabulary empty() {
        return new Vocabulary("", Lexicon.empty());
    }

    /** Groups of equivalent domain terms, each group's first entry being the word the documents use. */
    public List<List<String>> synonymGroups() {
        return lexicon.synonyms();
    }
}
