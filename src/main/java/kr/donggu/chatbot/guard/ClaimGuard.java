package kr.donggu.chatbot.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.donggu.chatbot.knowledge.KnowledgeBase;

/**
 * The fact guard: checks claims, not tokens. Each sentence of an answer must rest on one evidence sentence that
 * names the same programs, organisations, people (with the same roles), places and facts, the same recurring dates
 * and time words, no scope it lacks and the same polarity (see {@link Judge}); a sentence that does not is removed.
 * A prompt asking a model not to invent is a wish; this is the guarantee, in every mode and channel, on streamed
 * sentences and on curated answers' citations alike.
 *
 * <p>Evidence sentences are read once and kept per instance (one instance per version of the knowledge), so a check
 * costs the reading of the answer's own sentences; a sentence copied verbatim from the evidence (what the embedded
 * answerer writes) costs a hash lookup.
 */
public final class ClaimGuard {

    private static final int MAX_CACHED_PASSAGES = 4096;
    private static final int MAX_CACHED_CLAIMS = 2048;

    private final GuardLexicon lexicon;
    private final ClaimReader reader;
    private final Judge judge = new Judge();
    private final EvidenceScope scope;
    private final Lru<Passage, List<Judge.Sourced>> passages = new Lru<>(MAX_CACHED_PASSAGES);

    /** Answer sentences read recently: the embedded answerer's intro lines and repeated model sentences. */
    private final Lru<String, Claim> claims = new Lru<>(MAX_CACHED_CLAIMS);

    public ClaimGuard(GuardLexicon lexicon, String userDictionary, Set<String> documentIds) {
        this.lexicon = lexicon;
        this.scope = new EvidenceScope(lexicon.names, documentIds);
        Morphemes morphemes = new Morphemes(userDictionary, lexicon.names.singleWords());
        this.reader = new ClaimReader(lexicon.names, lexicon.cues, lexicon.words, morphemes);
    }

    /** The guard for one version of the knowledge: its dictionary files, titles and user dictionary. */
    public static ClaimGuard forKnowledge(KnowledgeBase kb) {
        Map<String, String> titles = new LinkedHashMap<>();
        kb.documents().forEach(d -> titles.put(d.id(), d.title()));
        return new ClaimGuard(GuardLexicon.parse(kb.vocabulary().files(), titles), kb.vocabulary().userDictionary(),
                titles.keySet());
    }

    public GuardLexicon lexicon() {
        return lexicon;
    }

    /**
     * Judges sentences in order; a sentence without a subject of its own is about the previous sentence's subject,
     * or else the evidence's topic. The result's text is the kept sentences joined by spaces.
     */
    public GuardResult check(List<String> sentences, Evidence evidence) {
        List<Judge.Sourced> sourced = read(evidence);
        Map<String, Judge.Sourced> verbatim = new HashMap<>();
        sourced.forEach(s -> verbatim.putIfAbsent(s.claim().key(), s));
        List<SentenceVerdict> verdicts = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        Set<String> previous = Set.of();
        for (String sentence : sentences) {
            Judge.Sourced copy = verbatim.get(GuardText.key(lexicon.words.withoutLeadIn(GuardText.normalize(
                    GuardText.plain(sentence)))));
            if (copy != null) {
                verdicts.add(new SentenceVerdict(sentence, true, null, null, copy.claim().text(), copy.claim().carries()));
                previous = subjects(copy.claim(), previous);
                continue;
            }
            Claim claim = claims.get(sentence, reader::read);
            Set<String> inherited = new LinkedHashSet<>(previous);
            if (evidence.topic() != null) {
                inherited.add(evidence.topic());
            }
            Judge.Verdict v = judge.judge(claim, inherited, sourced);
            if (!v.supported() && isList(claim)) {
                v = items(sentence, evidence.topic(), sourced, v);
            }
            verdicts.add(new SentenceVerdict(sentence, v.supported(), v.reason(), v.detail(), v.evidence(),
                    claim.carries()));
            if (!v.supported()) {
                removals.add(new Removal(sentence.strip(), v.reason(), v.detail()));
            }
            previous = subjects(claim, previous);
        }
        String text = verdicts.stream().filter(SentenceVerdict::kept).map(v -> v.sentence().strip())
                .collect(Collectors.joining(" "));
        return new GuardResult(text, List.copyOf(removals), List.copyOf(verdicts));
    }

    /** Like {@link #check(List, Evidence)} on the sentences of {@code answer}, keeping its line breaks. */
    public GuardResult check(String answer, Evidence evidence) {
        String[] lines = answer.split("\n", -1);
        List<String> sentences = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            for (String s : GuardText.sentences(lines[i])) {
                sentences.add(s);
                lineOf.add(i);
            }
        }
        GuardResult judged = check(sentences, evidence);
        if (!judged.changed()) {
            return new GuardResult(answer, List.of(), judged.verdicts());
        }
        List<List<String>> kept = new ArrayList<>();
        for (String ignored : lines) {
            kept.add(new ArrayList<>());
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (judged.verdicts().get(i).kept()) {
                kept.get(lineOf.get(i)).add(sentences.get(i).strip());
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String rebuilt = String.join(" ", kept.get(i));
            if (!rebuilt.isEmpty() || lines[i].isBlank()) {
                out.add(rebuilt);
            }
        }
        return new GuardResult(String.join("\n", out).strip(), judged.removals(), judged.verdicts());
    }

    /** Ids of the documents a text names (programs and organisations with a document), to fetch evidence for. */
    public Set<String> namedDocuments(String text) {
        return scope.namedDocuments(text);
    }

    /**
     * The evidence for an answer about {@code topic}: the given documents (those cited or retrieved), the topic's,
     * those the answer names, and those that mention a person or place it names.
     */
    public Evidence evidenceFor(KnowledgeBase kb, String answer, Collection<String> docIds, String topic) {
        return scope.evidenceFor(kb, answer, docIds, topic);
    }

    /** "A, B, C, D와 E입니다": at least two commas between at least two programs or organisations. */
    private static boolean isList(Claim claim) {
        long named = claim.entities().stream().filter(e -> e.kind() == Names.EntityKind.PROGRAM
                || e.kind() == Names.EntityKind.ORGANISATION).count();
        return named >= 2 && claim.text().chars().filter(c -> c == ',').count() >= 2;
    }

    /**
     * A list is supported when each item is, as an item of the topic, and the last item (which carries the
     * sentence's predicate) has its content words in its evidence too; otherwise the whole sentence's verdict.
     */
    private Judge.Verdict items(String sentence, String topic, List<Judge.Sourced> sourced, Judge.Verdict whole) {
        Set<String> inherited = topic == null ? Set.of() : Set.of(topic);
        String[] items = sentence.split(",");
        for (int i = 0; i < items.length; i++) {
            double coverage = i == items.length - 1 ? Judge.MIN_COVERAGE : 0;
            if (!judge.judge(reader.read(items[i]), inherited, sourced, true, coverage).supported()) {
                return whole;
            }
        }
        return Judge.Verdict.kept(null);
    }

    private static Set<String> subjects(Claim claim, Set<String> previous) {
        Set<String> ids = new HashSet<>();
        claim.entities().stream().filter(e -> e.kind() != Names.EntityKind.DISTRICT && e.kind() != Names.EntityKind.PLACE)
                .forEach(e -> ids.add(e.id()));
        return ids.isEmpty() ? previous : ids;
    }

    private List<Judge.Sourced> read(Evidence evidence) {
        List<Judge.Sourced> out = new ArrayList<>();
        for (Passage p : evidence.passages()) {
            out.addAll(passages.get(p, x -> GuardText.allSentences(x.text()).stream()
                    .map(sentence -> Judge.Sourced.of(reader.read(sentence), x.subject())).toList()));
        }
        return out;
    }
}
