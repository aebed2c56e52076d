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
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers of the index. Nori with the staff's user dictionary, keeping XPN prefixes (비영리 must not become
 * 영리), without the number filter (만 39세 must not become 10039); and a CJK-bigram analyzer for the fallback field
 * that still matches spacing variants, typos and words Nori does not know.
 */
public final class KoreanAnalyzers {

    static final Set<POS.Tag> STOP_TAGS = stopTags();

    private KoreanAnalyzers() {
    }

    /** Nori for {@link IndexFields#BIGRAMS}' siblings; bigrams for that field. */
    public static Analyzer forIndex(UserDictionary dictionary) {
        return new IndexAnalyzer(nori(dictionary), bigrams());
    }

    /** Bigrams for {@link IndexFields#BIGRAMS}, Nori for every other field; closing it closes both. */
    private static final class IndexAnalyzer extends DelegatingAnalyzerWrapper {
        private final Analyzer nori;
        private final Analyzer bigrams;

        IndexAnalyzer(Analyzer nori, Analyzer bigrams) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.nori = nori;
            this.bigrams = bigrams;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return IndexFields.BIGRAMS.equals(fieldName) ? bigrams : nori;
        }

        @Override
        public void close() {
            super.close();
            nori.close();
            bigrams.close();
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
                Tokenizer tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionary,
                        KoreanTokenizer.DecompoundMode.DISCARD, false, true);
                TokenStream stream = new KoreanPartOfSpeechStopFilter(tokenizer, stopTags);
                stream = new KoreanReadingFormFilter(stream);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(tokenizer, stopWords.isEmpty() ? stream : new StopFilter(stream, stopWords));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
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
