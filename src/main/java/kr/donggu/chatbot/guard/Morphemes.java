package kr.donggu.chatbot.guard;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Nori's morphemes of a sentence: the stems that carry content (nouns, verbs, adjectives, roots, foreign words), the
 * proper nouns Nori knows from its own dictionary (places and people nobody listed), and whether the sentence
 * promises something (a future modifier before 것: 열릴 것입니다). Uses the staff's user dictionary plus the names
 * the guard knows, so 남병효 stays one word.
 */
final class Morphemes implements AutoCloseable {

    /** What one sentence's morphemes say. */
    record Read(List<String> stems, List<String> properNouns, boolean futureModifier) {
    }

    private static final Set<POS.Tag> CONTENT = Set.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.VV, POS.Tag.VA, POS.Tag.XR,
            POS.Tag.SL, POS.Tag.SH);

    /** The ending of 열릴, 될: a modifier of something yet to happen. */
    private static final String FUTURE_MODIFIER = "\u11af";

    private final Analyzer analyzer;
    private final Set<String> userWords;

    Morphemes(String userDictionaryText, Set<String> extraWords) {
        this.userWords = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        for (String line : (userDictionaryText + "\n" + String.join("\n", extraWords)).split("\n")) {
            String entry = line.replaceFirst("#.*", "").strip();
            if (!entry.isEmpty() && userWords.addAll(List.of(entry.split("\\s+")))) {
                lines.add(entry);
            }
        }
        UserDictionary dictionary = lines.isEmpty() ? null : open(lines);
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionary,
                        KoreanTokenizer.DecompoundMode.DISCARD, false, true);
                return new TokenStreamComponents(t);
            }
        };
    }

    Read read(String text) {
        List<String> stems = new ArrayList<>();
        List<String> proper = new ArrayList<>();
        boolean future = false;
        String previous = "";
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = ts.addAttribute(PartOfSpeechAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String word = term.toString();
                POS.Tag tag = pos.getLeftPOS();
                future |= FUTURE_MODIFIER.equals(previous) && "것".equals(word);
                previous = tag == POS.Tag.E ? word : "";
                if (CONTENT.contains(tag)) {
                    stems.add(word);
                    if (tag == POS.Tag.NNP && !userWords.contains(word)) {
                        proper.add(word);
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to analyse a sentence", e);
        }
        return new Read(stems, proper, future);
    }

    /** All lines at once; only if Nori rejects that, line by line, leaving out the lines it rejects. */
    private static UserDictionary open(List<String> lines) {
        UserDictionary all = tryOpen(String.join("\n", lines));
        if (all != null) {
            return all;
        }
        return tryOpen(String.join("\n", lines.stream().filter(l -> tryOpen(l) != null).toList()));
    }

    private static UserDictionary tryOpen(String text) {
        try {
            return text.isBlank() ? null : UserDictionary.open(new StringReader(text));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
