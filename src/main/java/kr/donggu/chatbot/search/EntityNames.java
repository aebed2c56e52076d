package kr.donggu.chatbot.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.Person;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Texts;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Which documents and people a text names: a document by its title or one of its aliases, a person by the name a
 * document's front matter gives. A name counts only as whole words (it starts and ends where Nori's morphemes do,
 * spacing ignored): 도심텃밭 names 텃밭, but 퇴직연금 names nothing called 퇴직. A long name (four syllables or
 * more) also counts with one typing slip (사회공한 → 사회공헌).
 */
final class EntityNames {

    private static final int TYPO_MIN_LENGTH = 4;

    private record Name(String compact, String docId, String person) {
    }

    /** A name long enough to be recognised with a slip, with its letters. */
    private record TypoTarget(Name name, int[] jamo) {
    }

    private final List<Name> names = new ArrayList<>();
    private final List<TypoTarget> typoTargets;
    private final UserDictionary dictionary;
    private final ThreadLocal<KoreanTokenizer> tokenizers = ThreadLocal.withInitial(this::tokenizer);

    EntityNames(KnowledgeBase knowledge, UserDictionary dictionary) {
        this.dictionary = dictionary;
        for (ProgramDocument doc : knowledge.documents()) {
            for (String name : doc.names()) {
                String compact = Texts.compact(name);
                if (compact.length() >= 2) {
                    names.add(new Name(compact, doc.id(), null));
                }
                // "(주)보나드스토리" is also said without its legal-form prefix
                String bare = compact.replaceFirst("^\\((주|사|재)\\)", "");
                if (!bare.equals(compact) && bare.length() >= 2) {
                    names.add(new Name(bare, doc.id(), null));
                }
            }
            for (Person p : doc.people()) {
                names.add(new Name(Texts.compact(p.name()), doc.id(), p.name()));
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> -n.compact().length()));
        typoTargets = names.stream().filter(n -> n.person() == null && n.compact().length() >= TYPO_MIN_LENGTH)
                .map(n -> new TypoTarget(n, Coverage.jamo(n.compact()))).toList();
    }

    /** The document a whole name stands for (compared without spaces), if it is the name of one. */
    java.util.Optional<String> docNamed(String name) {
        String compact = Texts.compact(name);
        return names.stream().filter(n -> n.person() == null && n.compact().equals(compact)).map(Name::docId)
                .findFirst();
    }

    /** Mentions in the order they appear; a longer name wins over a shorter one inside it. */
    List<Mention> in(String text) {
        return recent.apply(text);
    }

    private final kr.donggu.chatbot.knowledge.RecentResults<String, List<Mention>> recent =
            new kr.donggu.chatbot.knowledge.RecentResults<>(t -> List.copyOf(in(t, true)));

    /**
     * As {@link #in(String)}, for text the service wrote itself from the documents: names are spelt as written and
     * need no search for misspellings, and a name found in it is one (no analysis of word boundaries).
     */
    List<Mention> exactlyIn(String text) {
        return in(text, false);
    }

    private List<Mention> in(String text, boolean typos) {
        String compact = Texts.compact(text);
        Boundaries bounds = null;   // analysed only once a name occurs: most texts name nothing
        boolean[] taken = new boolean[compact.length()];
        List<Mention> out = new ArrayList<>();
        for (Name n : names) {
            int from = 0;
            int at;
            while ((at = compact.indexOf(n.compact(), from)) >= 0) {
                int end = at + n.compact().length();
                if (bounds == null && free(taken, at, end)) {
                    bounds = typos ? boundaries(text) : Boundaries.ANY;
                }
                if (free(taken, at, end) && bounds.isWord(at, end)) {
                    java.util.Arrays.fill(taken, at, end, true);
                    out.add(new Mention(n.docId(), n.person(), at, end));
                }
                from = at + 1;
            }
        }
        if (out.isEmpty() && typos) {
            typoMentions(compact, taken, out);
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private void typoMentions(String compact, boolean[] taken, List<Mention> out) {
        // the text is decomposed once; a window of it is a range of that decomposition
        int[] letters = new int[compact.length() * 3];
        int[] startOf = new int[compact.length() + 1];
        int n = 0;
        for (int i = 0; i < compact.length(); i++) {
            startOf[i] = n;
            n = Coverage.jamo(compact.charAt(i), letters, n);
        }
        startOf[compact.length()] = n;
        for (TypoTarget t : typoTargets) {
            int len = t.name().compact().length();
            for (int at = 0; at + len <= compact.length(); at++) {
                if (free(taken, at, at + len)
                        && Coverage.levenshteinAtMostOne(letters, startOf[at], startOf[at + len], t.jamo())) {
                    java.util.Arrays.fill(taken, at, at + len, true);
                    out.add(new Mention(t.name().docId(), null, at, at + len));
                }
            }
        }
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** Morpheme starts and ends, as positions in the compact (spaceless, lower-case) text. */
    private record Boundaries(Set<Integer> starts, Set<Integer> ends) {
        static final Boundaries ANY = new Boundaries(null, null);

        boolean isWord(int start, int end) {
            return starts == null || starts.contains(start) && ends.contains(end);
        }
    }

    private KoreanTokenizer tokenizer() {
        KoreanTokenizer tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionary,
                KoreanTokenizer.DecompoundMode.DISCARD, false, true);
        tokenizer.addAttribute(OffsetAttribute.class);
        return tokenizer;
    }

    private Boundaries boundaries(String text) {
        int[] compactIndex = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            compactIndex[i] = n;
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        compactIndex[text.length()] = n;
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        // a tokenizer per thread, reused: building one (its buffers and dictionary views) cost more than analysing
        try (KoreanTokenizer tokenizer = tokenizers.get()) {
            OffsetAttribute offsets = tokenizer.getAttribute(OffsetAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                starts.add(compactIndex[offsets.startOffset()]);
                ends.add(compactIndex[Math.min(offsets.endOffset(), text.length())]);
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new IllegalStateException("Tokenising an in-memory string failed", e);
        }
        return new Boundaries(starts, ends);
    }
}
