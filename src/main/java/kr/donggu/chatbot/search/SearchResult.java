package kr.donggu.chatbot.search;

import java.util.List;

/**
 * The hits for one question, best first, and how much of the question the best program covers
 * ({@code coverage}, 0–1, weighted by how rare each word is). {@code confident} is false when the question is
 * mostly about things the knowledge base does not mention. {@code named} says the question calls the best program by
 * its name or a keyword; a question that names none may be a follow-up about the program under discussion.
 */
public record SearchResult(List<SearchHit> hits, QuestionKind kind, double coverage, boolean confident,
                           boolean named) {

    public static SearchResult empty(QuestionKind kind) {
        return new SearchResult(List.of(), kind, 0, false, false);
    }
}
