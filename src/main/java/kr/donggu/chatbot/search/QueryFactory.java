package kr.donggu.chatbot.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Raw question → Lucene query, without the classic query parser (which splits on spaces before Nori sees the text
 * and throws on a stray quote). The question is analysed once and its terms searched in title, keywords, headings and
 * body, title and keywords weighing more; a bigram field catches spacing variants; a field of adjacent word pairs
 * favours passages where the question's words stand together; synonyms and the corrected
 * spelling of words the index does not know add lighter clauses. Which sentences of the matched programs answer
 * is decided afterwards, by {@link EvidenceRanker}.
 */
final class QueryFactory {

    private static final float TITLE = 1.5f;
    private static final float KEYWORDS = 2f;
    private static final float HEADING = 2f;
    private static final float BODY = 1f;
    private static final float SYNONYMS = 0.6f;
    private static final float TYPO = 1f;

    private QueryFactory() {
    }

    static Query build(IndexSnapshot snap, String question, List<TermGroups.Slot> slots, String contextDocId) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        Ranking ranking = snap.ranking;
        List<String> analysed = snap.queryTerms(question);
        Set<String> terms = new LinkedHashSet<>(analysed);
        addTerms(q, snap, terms, ranking.nori());
        Set<String> extra = new LinkedHashSet<>();
        Set<String> corrected = new LinkedHashSet<>();
        for (TermGroups.Slot slot : slots) {
            extra.addAll(slot.extraTerms());
            for (String term : slot.original()) {
                if (!snap.docFrequency.containsKey(term)) {
                    corrected.addAll(snap.spellings(term));
                }
            }
        }
        extra.removeAll(terms);
        addTerms(q, snap, extra, SYNONYMS * ranking.nori());
        add(q, anyOf(snap, IndexFields.BIGRAMS, KoreanAnalyzers.terms(snap.analyzer, IndexFields.BIGRAMS, question)),
                ranking.bigrams());
        add(q, anyOf(snap, IndexFields.PAIRS, pairs(analysed)), ranking.pairs());
        addTerms(q, snap, corrected, TYPO * ranking.nori());
        if (contextDocId != null) {
            q.add(new TermQuery(new Term(IndexFields.DOC_ID, contextDocId)), Occur.FILTER);
        }
        return q.build();
    }

    /** What {@link KoreanAnalyzers#pairs} makes of the question, without running Nori over it a second time. */
    private static List<String> pairs(List<String> analysed) {
        List<String> pairs = new java.util.ArrayList<>();
        for (int i = 1; i < analysed.size(); i++) {
            pairs.add(analysed.get(i - 1) + " " + analysed.get(i));
        }
        return pairs;
    }

    private static void addTerms(BooleanQuery.Builder q, IndexSnapshot snap, Set<String> terms, float weight) {
        if (weight == 0) {
            return;
        }
        for (String field : List.of(IndexFields.TITLE, IndexFields.KEYWORDS, IndexFields.HEADING, IndexFields.BODY)) {
            add(q, anyOf(snap, field, terms), boost(field) * weight);
        }
    }

    /** Any of the terms in the field; null when the index holds none of them there. */
    private static Query anyOf(IndexSnapshot snap, String field, java.util.Collection<String> terms) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String t : terms) {
            TermQuery term = snap.indexedTerms.query(field, t);
            if (term != null) {
                any.add(term, Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : any.build();
    }

    private static float boost(String field) {
        return switch (field) {
            case IndexFields.TITLE -> TITLE;
            case IndexFields.KEYWORDS -> KEYWORDS;
            case IndexFields.HEADING -> HEADING;
            default -> BODY;
        };
    }

    private static void add(BooleanQuery.Builder q, Query clause, float boost) {
        if (clause != null && boost > 0) {
            q.add(new BoostQuery(clause, boost), Occur.SHOULD);
        }
    }
}
