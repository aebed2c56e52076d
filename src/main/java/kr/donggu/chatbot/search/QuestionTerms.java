package kr.donggu.chatbot.search;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.QuestionKind;

/**
 * A question as the index reads it, for telling whether two questions ask the same thing (a resident's question
 * against a curated answer's phrasings): its content words, each with the expressions that mean the same (synonyms,
 * paraphrases, a corrected spelling), what it asks for, and the documents it names. Some words say nothing the rest
 * does not and are not compared: the words of a named document's name (the documents are compared as such), generic
 * words (사업, 운영), and words naming the kind of answer the question asks for (기간 in a question asking when).
 */
public final class QuestionTerms {

    /** The share of a question's compared words that the stored question must have. */
    static final double MIN_OWN_COVERAGE = 0.75;
    /** Kinds that ask the same in other words: "신청은 어떻게 해요?" and "신청하고 싶어요". */
    private static final Set<QuestionKind> HOW_TO_APPLY = EnumSet.of(QuestionKind.HOW, QuestionKind.APPLY);

    private record Term(Set<List<String>> alternatives, boolean compared) {

        boolean sameAs(Term other) {
            return other.alternatives.stream().anyMatch(alternatives::contains);
        }
    }

    private final List<Term> terms;
    private final QuestionKind kind;
    /** A broad kind (what, who, what came of it) rather than one asking for a detail (when, where, how much). */
    private final boolean broad;
    private final Set<String> namedDocs;

    private QuestionTerms(List<Term> terms, QuestionKind kind, boolean broad, Set<String> namedDocs) {
        this.terms = terms;
        this.kind = kind;
        this.broad = broad;
        this.namedDocs = namedDocs;
    }

    /** @param nameTerms the content words of the names of the documents the question names */
    static QuestionTerms of(SnapshotSearch.Understanding u, Lexicon lexicon, Set<String> nameTerms) {
        Set<String> silent = new HashSet<>(nameTerms);
        silent.addAll(lexicon.generic());
        List<Lexicon.KindRule> rules = lexicon.kinds().stream().filter(k -> k.kind() == u.kind()).toList();
        rules.forEach(k -> silent.addAll(k.attributes()));
        List<Term> terms = u.slots().stream().map(s -> new Term(new HashSet<>(s.alternatives()),
                !silent.containsAll(s.original()))).toList();
        return new QuestionTerms(terms, u.kind(), rules.stream().allMatch(Lexicon.KindRule::broad),
                Set.copyOf(u.namedDocs()));
    }

    /**
     * How closely this question asks what {@code stored} asks: 0 when it does not, else the share of its compared
     * words that {@code stored} has too (at least {@value #MIN_OWN_COVERAGE}). It must name the same documents, ask
     * for a compatible kind of answer (언제 is not 어떻게), and say every compared word of {@code stored}, in its own
     * words or equivalent ones; so a question sharing one word with {@code stored} does not.
     */
    public double sameQuestion(QuestionTerms stored) {
        if (!namedDocs.equals(stored.namedDocs) || !compatible(stored) || stored.saysNothing()) {
            return 0;
        }
        if (!stored.compared().allMatch(t -> terms.stream().anyMatch(t::sameAs))) {
            return 0;
        }
        long own = compared().count();
        long shared = compared().filter(t -> stored.terms.stream().anyMatch(t::sameAs)).count();
        double coverage = own == 0 ? 1 : (double) shared / own;
        return coverage >= MIN_OWN_COVERAGE ? coverage : 0;
    }

    private java.util.stream.Stream<Term> compared() {
        return terms.stream().filter(Term::compared);
    }

    /** Nothing to match on: no document named and no word compared. */
    private boolean saysNothing() {
        return namedDocs.isEmpty() && compared().findAny().isEmpty();
    }

    /** The same kind; or how to apply; or a question with no kind word and a broad one ("쓸 수 있어요?"). */
    private boolean compatible(QuestionTerms other) {
        return kind == other.kind || HOW_TO_APPLY.contains(kind) && HOW_TO_APPLY.contains(other.kind)
                || broad && other.broad && (kind == QuestionKind.WHAT || other.kind == QuestionKind.WHAT);
    }

    @Override
    public String toString() {
        return kind + " " + namedDocs + " " + terms.stream()
                .map(t -> t.alternatives().iterator().next() + (t.compared() ? "" : "(silent)")).toList();
    }
}
