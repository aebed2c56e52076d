package kr.donggu.chatbot.curated;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.search.QuestionTerms;
import kr.donggu.chatbot.store.StoredAnswer;

/**
 * The curated answers with their phrasings (the question and its variants) analysed by one version of the index:
 * built again when the answers change or the knowledge (its dictionary and synonyms) is reloaded.
 */
final class Phrasings {

    private record Entry(StoredAnswer answer, List<QuestionTerms> terms) {
    }

    private final KnowledgeBase knowledge;
    private final List<Entry> entries;

    private Phrasings(KnowledgeBase knowledge, List<Entry> entries) {
        this.knowledge = knowledge;
        this.entries = entries;
    }

    static Phrasings of(List<StoredAnswer> answers, ProgramIndex index) {
        KnowledgeBase knowledge = index.knowledge();   // read first: a reload during the build is seen next time
        return new Phrasings(knowledge, answers.stream().map(a -> new Entry(a, terms(a, index))).toList());
    }

    static List<QuestionTerms> terms(StoredAnswer answer, ProgramIndex index) {
        List<String> phrasings = new ArrayList<>(answer.variants());
        phrasings.add(0, answer.question());
        return phrasings.stream().map(index::questionTerms).toList();
    }

    /** How closely {@code question} asks what one of {@code phrasings} asks (0: none does). */
    static double score(QuestionTerms question, List<QuestionTerms> phrasings) {
        return phrasings.stream().mapToDouble(question::sameQuestion).max().orElse(0);
    }

    boolean builtFrom(KnowledgeBase kb) {
        return knowledge == kb;
    }

    List<StoredAnswer> answers() {
        return entries.stream().map(Entry::answer).toList();
    }

    /** Of the answers {@code served} allows, the one with the phrasing closest to {@code question}. */
    Optional<StoredAnswer> best(QuestionTerms question, Predicate<StoredAnswer> served) {
        StoredAnswer best = null;
        double bestScore = 0;
        for (Entry e : entries) {
            double score = served.test(e.answer()) ? score(question, e.terms()) : 0;
            if (score > bestScore) {
                best = e.answer();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
