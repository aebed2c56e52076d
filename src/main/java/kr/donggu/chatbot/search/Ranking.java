package kr.donggu.chatbot.search;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * How first-stage ranking weighs its evidence. One record, so that the benchmark's ablation runs the product's own
 * search path with one part changed instead of a copy of it (bench/REPORT.md, "Ablation").
 *
 * @param k1      BM25's term-frequency saturation for the passage text and its word pairs; lower than Lucene's 1.2
 *                because a word repeated in a passage (the topic every passage of an article shares) says less than
 *                one more of the question's words found there. 0.5 and 0.7 tie on KorQuAD's tuning half; 0.7 keeps
 *                the project set's Recall@3, 0.5 loses one question there. Title, keywords, headings and bigrams keep
 *                1.2: lowering it there moved no KorQuAD result beyond noise and moved the project set's programs.
 * @param nori    weight of the Nori fields (title, keywords, headings, body); 0 leaves them out
 * @param bigrams weight of the character-bigram field (spacing variants, names Nori splits differently)
 * @param pairs   weight of the field of adjacent content-word pairs: question words that stand together in the
 *                passage, as they do in the sentence that answers
 */
record Ranking(float k1, float nori, float bigrams, float pairs) {

    static final Ranking DEFAULT = new Ranking(0.7f, 1f, 0.5f, 0.5f);

    Similarity similarity() {
        BM25Similarity text = new BM25Similarity(k1, 0.75f);
        BM25Similarity lucene = new BM25Similarity();
        return new PerFieldSimilarityWrapper() {
            @Override
            public Similarity get(String field) {
                return field.equals(IndexFields.BODY) || field.equals(IndexFields.PAIRS) ? text : lucene;
            }
        };
    }
}
