package kr.donggu.chatbot.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Raw question → Lucene query, without the classic query parser (which splits on spaces before Nori sees the text
 * and throws on a stray quote). Title and keywords weigh more than body; a bigram field catches spacing variants
 * and typos; synonyms and fuzzy terms for words the index does not know add lighter clauses. Which section of a
 * program answers is decided afterwards, by {@link SectionRanking}.
 */
final class QueryFactory {

    private static final float TITLE = 1.5f;
    private static final float KEYWORDS = 2f;
    private static final float HEADING = 2f;
    private static final float BODY = 1f;
    private static final float BIGRAMS = 0.5f;
    private static final float SYNONYMS = 0.6f;
    private static final float FUZZY = 2f;

    private QueryFactory() {
    }

    static Query build(IndexSnapshot snap, String question, String canonicalized,
                       List<String> contentTerms, String contextDocId) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        QueryBuilder nori = new QueryBuilder(snap.analyzer);
        addText(q, nori, question, 1f);
        if (!canonicalized.equals(question)) {
            addText(q, nori, canonicalized, SYNONYMS);
        }
        add(q, nori.createBooleanQuery(IndexFields.BIGRAMS, question, Occur.SHOULD), BIGRAMS);
        for (String term : contentTerms) {
            if (term.length() >= 2 && !snap.docFrequency.containsKey(term)) {
                add(q, new FuzzyQuery(new Term(IndexFields.BODY, term), 1, 0), FUZZY);
                add(q, new FuzzyQuery(new Term(IndexFields.TITLE, term), 1, 0), FUZZY * TITLE);
            }
        }
        if (contextDocId != null) {
            q.add(new TermQuery(new Term(IndexFields.DOC_ID, contextDocId)), Occur.FILTER);
        }
        return q.build();
    }

    private static void addText(BooleanQuery.Builder q, QueryBuilder nori, String text, float weight) {
        add(q, nori.createBooleanQuery(IndexFields.TITLE, text, Occur.SHOULD), TITLE * weight);
        add(q, nori.createBooleanQuery(IndexFields.KEYWORDS, text, Occur.SHOULD), KEYWORDS * weight);
        add(q, nori.createBooleanQuery(IndexFields.HEADING, text, Occur.SHOULD), HEADING * weight);
        add(q, nori.createBooleanQuery(IndexFields.BODY, text, Occur.SHOULD), BODY * weight);
    }

    private static void add(BooleanQuery.Builder q, Query clause, float boost) {
        if (clause != null) {
            q.add(new BoostQuery(clause, boost), Occur.SHOULD);
        }
    }
}
