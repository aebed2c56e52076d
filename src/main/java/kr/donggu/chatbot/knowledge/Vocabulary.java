package kr.donggu.chatbot.knowledge;

import java.util.List;

/**
 * The domain words staff maintain in {@code knowledge/dictionary/}: the Nori user dictionary (as its text) and
 * groups of equivalent expressions, each group's first entry being the word the documents use.
 */
public record Vocabulary(String userDictionary, List<List<String>> synonymGroups) {

    public static Vocabulary empty() {
        return new Vocabulary("", List.of());
    }
}
