package kr.donggu.chatbot.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The domain words staff maintain in {@code knowledge/dictionary/}: the Nori user dictionary (as its text), groups
 * of equivalent expressions (each group's first entry being the word the documents use), and the folder's other
 * {@code .txt} files by name, for the parts that read their own lists (the fact guard's cue words and names).
 */
public record Vocabulary(String userDictionary, List<List<String>> synonymGroups, Map<String, String> files) {

    public Vocabulary {
        files = Map.copyOf(files);
    }

    public Vocabulary(String userDictionary, List<List<String>> synonymGroups) {
        this(userDictionary, synonymGroups, Map.of());
    }

    public static Vocabulary empty() {
        return new Vocabulary("", List.of());
    }
}
