package kr.donggu.chatbot.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analyzers of the index. Nori with the staff's user dictionary, keeping XPN prefixes (비영리 must not become
 * 영리), without the number filter (만 39세 must not become 10039); a CJK-bigram analyzer for the fallback field
 * that still matches spacing variants, typos and words Nori does not know; and pairs of adjacent content words
 * (노아의 방주 → "노아 방주"), which reward a passage where the question's words stand together.
 */
public final class KoreanAnalyzers {

    static final Set<POS.Tag> STOP_TAGS = stopTags();

    private KoreanAnalyzers() {
    }

    /** Nori for the text fields; bigrams for {@link IndexFields#BIGRAMS}, word pairs for {@link IndexFields#PAIRS}. */
    public static Analyzer forIndex(UserDictionary dictionary) {
        return new IndexAnalyzer(nori(dictionary), bigrams(), pairs(dictionary));
    }

    /** Bigrams for {@link IndexFields#BIGRAMS}, word pairs for {@link IndexFields#PAIRS}, Nori for every other
     * field; closing it closes all three. */
    private static final class IndexAnalyzer extends DelegatingAnalyzerWrapper {
        private final Analyzer nori;
        private final Analyzer bigrams;
        private final Analyzer pairs;

        IndexAnalyzer(Analyzer nori, Analyzer bigrams, Analyzer pairs) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.nori = nori;
            this.bigrams = bigrams;
            this.pairs = pairs;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            if (IndexFields.BIGRAMS.equals(fieldName)) {
                return bigrams;
            }
            return IndexFields.PAIRS.equals(fieldName) ? pairs : nori;
        }

        @Override
        public void close() {
            super.close();
            nori.close();
            bigrams.close();
            pairs.close();
        }
    }

    public static Analyzer nori(UserDictionary dictionary) {
        return nori(dictionary, STOP_TAGS, CharArraySet.EMPTY_SET);
    }

    /** Nori with the given POS stop tags, and words dropped after lower-casing. */
    static Analyzer nori(UserDictionary dictionary, Set<POS.Tag> stopTags, CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = noriTokenizer(dictionary);
                TokenStream stream = noriFilters(tokenizer, stopTags);
                return new TokenStreamComponents(tokenizer, stopWords.isEmpty() ? stream : new StopFilter(stream, stopWords));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /**
     * Each content word joined with the next one, the particles and endings between them ignored: "노아의 방주는"
     * and "노아 방주" both give "노아 방주". Single words are not repeated here; the Nori fields have them.
     */
    public static Analyzer pairs(UserDictionary dictionary) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = noriTokenizer(dictionary);
                ShingleFilter pairs = new ShingleFilter(new AdjacentPositions(noriFilters(tokenizer, STOP_TAGS)), 2, 2);
                pairs.setOutputUnigrams(false);
                return new TokenStreamComponents(tokenizer, pairs);
            }
        };
    }

    private static Tokenizer noriTokenizer(UserDictionary dictionary) {
        return new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionary,
                KoreanTokenizer.DecompoundMode.DISCARD, false, true);
    }

    private static TokenStream noriFilters(Tokenizer tokenizer, Set<POS.Tag> stopTags) {
        TokenStream stream = new KoreanPartOfSpeechStopFilter(tokenizer, stopTags);
        stream = new KoreanReadingFormFilter(stream);
        return new LowerCaseFilter(stream);
    }

    /**
     * Closes the holes the part-of-speech filter leaves where particles were, so that the shingle filter pairs the
     * words around them instead of pairing each with a filler.
     */
    private static final class AdjacentPositions extends TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        AdjacentPositions(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            increment.setPositionIncrement(Math.min(1, increment.getPositionIncrement()));
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(0);   // a particle after the last word is no hole to fill either
        }
    }

    public static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(tokenizer);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** The terms an analyzer makes of a text, in order; for tests and for query diagnostics. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("Analysis of an in-memory string failed", e);
        }
        return terms;
    }

    private static Set<POS.Tag> stopTags() {
        Set<POS.Tag> tags = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
        tags.remove(POS.Tag.XPN);
        return Set.copyOf(tags);
    }
}
