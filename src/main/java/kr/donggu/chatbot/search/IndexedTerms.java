package kr.donggu.chatbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The terms of one index snapshot's searched fields, each term's statistics looked up once. A question's query has
 * dozens of term clauses in several fields; looking each up in the term dictionary on every message cost more than
 * scoring the few passages they match. A term no passage holds gets no clause: it would add nothing to any score.
 */
final class IndexedTerms {

    private static final List<String> SEARCHED = List.of(IndexFields.TITLE, IndexFields.KEYWORDS,
            IndexFields.HEADING, IndexFields.BODY, IndexFields.BIGRAMS, IndexFields.PAIRS);

    private final IndexSearcher searcher;
    /** Per field, its terms; each text keeps its hash, which a {@link Term} would compute on every look-up. */
    private final Map<String, Set<String>> indexed = new HashMap<>();
    private final Map<String, Map<String, TermStates>> states = new HashMap<>();

    IndexedTerms(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            for (String field : SEARCHED) {
                Set<String> known = indexed.computeIfAbsent(field, f -> new HashSet<>());
                states.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum e = terms.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    known.add(t.utf8ToString());
                }
            }
        }
    }

    /** A query for the term with its statistics read once; null when no passage of the index holds it. */
    TermQuery query(String field, String text) {
        if (!indexed.getOrDefault(field, Set.of()).contains(text)) {
            return null;
        }
        Term term = new Term(field, text);
        Map<String, TermStates> ofField = states.get(field);
        TermStates read = ofField.get(text);
        if (read == null) {
            read = build(term);
            ofField.put(text, read);
        }
        return new TermQuery(term, read);
    }

    private TermStates build(Term term) {
        try {
            return TermStates.build(searcher, term, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the statistics of " + term + " failed", e);
        }
    }
}
