package kr.donggu.chatbot.search;

import java.util.List;
import kr.donggu.chatbot.knowledge.QuestionKind;

/**
 * What the index found for one question.
 * <ul>
 * <li>{@code hits}: sections, best first (the sections of the best evidence first);</li>
 * <li>{@code evidence}: sentences that may answer, best first, lists whole;</li>
 * <li>{@code coverage}: how much of the question (0–1, weighted by rarity) the best document accounts for;</li>
 * <li>{@code confident}: false when the question is mostly about things the documents do not cover;</li>
 * <li>{@code named}: the question calls a document (or a person of one) by name; {@code mentioned} lists which;</li>
 * <li>{@code catalog}: for "어떤 사업이 있나요?", the programs to list, in order;</li>
 * <li>{@code contradicted}: the question asserts a count, date or person that the best evidence contradicts;</li>
 * <li>{@code understood}: the question as read (dialect rewritten, rambling reduced).</li>
 * </ul>
 */
public record SearchResult(List<SearchHit> hits, QuestionKind kind, double coverage, boolean confident,
                           boolean named, List<Evidence> evidence, List<String> catalog, List<String> mentioned,
                           boolean contradicted, String understood) {

    public static SearchResult empty(QuestionKind kind, String understood) {
        return new SearchResult(List.of(), kind, 0, false, false, List.of(), List.of(), List.of(), false, understood);
    }

    public boolean isCatalog() {
        return !catalog.isEmpty();
    }
}
