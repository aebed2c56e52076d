package kr.donggu.chatbot.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import kr.donggu.chatbot.knowledge.Texts;

/**
 * The sentences of each document, analysed once (lazily, the first time a document is a candidate) so that
 * evidence is chosen sentence by sentence at query time without running Nori again: content terms, character
 * bigrams, whether the sentence only says something is not in the documents (a gap) or refers to the district
 * office, whether it belongs to a list, and which documents and people it names.
 */
final class DocumentSentences {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?。])\\s+|\\n+");
    private static final Pattern LIST_ITEM = Pattern.compile("^(첫째|둘째|셋째|넷째|다섯째|여섯째|일곱째|여덟째|아홉째|열째"
            + "|[0-9]+[.)]|[-*•▲])");
    private static final Pattern LIST_INTRO = Pattern.compile("((다음|아래)과 같(습니다|다)[.]?|[:：])\\s*$");

    /** One sentence of a section. {@code list} numbers the list it belongs to within its section (-1: none). */
    record Sentence(String docId, String title, String section, int sectionIndex, int index, String text,
                    Set<String> terms, int[] bigrams, boolean gap, boolean referral, int list,
                    boolean listIntro, List<Mention> mentions) {

        boolean mentions(String docId) {
            return mentions.stream().anyMatch(m -> !m.isPerson() && m.docId().equals(docId));
        }
    }

    private final Map<String, List<Sentence>> byDoc = new ConcurrentHashMap<>();
    private final Function<String, List<String>> analyse;
    private final Lexicon.Conversation cues;
    private final EntityNames names;

    DocumentSentences(Function<String, List<String>> analyse, Lexicon.Conversation cues, EntityNames names) {
        this.analyse = analyse;
        this.cues = cues;
        this.names = names;
    }

    private final Map<String, Set<String>> headings = new ConcurrentHashMap<>();

    /** The content words of a section heading (사회적협동조합, 일정). */
    Set<String> headingTerms(String heading) {
        return headings.computeIfAbsent(heading, h -> Set.copyOf(analyse.apply(h)));
    }

    List<Sentence> of(ProgramDocument doc) {
        List<Sentence> built = byDoc.get(doc.id());
        return built != null ? built : byDoc.computeIfAbsent(doc.id(), id -> build(doc));
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : BOUNDARY.split(text)) {
            String t = s.strip().replaceFirst("^[-*•]\\s*", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The distinct pairs of adjacent characters (spaces and punctuation left out), each as one number, sorted. */
    static int[] bigrams(String text) {
        String compact = PUNCTUATION.matcher(Texts.compact(text)).replaceAll("");
        int[] grams = new int[Math.max(0, compact.length() - 1)];
        for (int i = 0; i + 2 <= compact.length(); i++) {
            grams[i] = compact.charAt(i) << 16 | compact.charAt(i + 1);
        }
        return java.util.Arrays.stream(grams).sorted().distinct().toArray();
    }

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}·‘’“”「」]");

    /** Every content word of a document's sentences. */
    Set<String> terms(ProgramDocument doc) {
        Set<String> terms = termsByDoc.get(doc.id());
        if (terms == null) {
            Set<String> all = new HashSet<>();
            of(doc).forEach(x -> all.addAll(x.terms()));
            terms = Set.copyOf(all);
            termsByDoc.put(doc.id(), terms);
        }
        return terms;
    }

    private final Map<String, Set<String>> termsByDoc = new ConcurrentHashMap<>();

    private List<Sentence> build(ProgramDocument doc) {
        List<Sentence> out = new ArrayList<>();
        for (int s = 0; s < doc.sections().size(); s++) {
            Section section = doc.sections().get(s);
            List<String> texts = split(section.text());
            int list = -1;
            int lists = 0;
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                boolean intro = LIST_INTRO.matcher(text).find();
                boolean item = LIST_ITEM.matcher(text).find();
                if (intro) {
                    list = lists++;
                } else if (item && list < 0) {
                    list = lists++;
                } else if (!item) {
                    list = -1;
                }
                out.add(new Sentence(doc.id(), doc.title(), section.heading(), s, i, text,
                        Set.copyOf(analyse.apply(text)), bigrams(text), cues.isGap(text), cues.isReferral(text),
                        intro || item ? list : -1, intro, List.copyOf(names.in(text))));
            }
        }
        return List.copyOf(out);
    }
}
