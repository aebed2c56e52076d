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
import kr.donggu.chatbot.knowledge.ProgramDocument;

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
    private final Set<String> documentIds;
    /** Documents mentioning a person or place, by its id: the same for every answer about this knowledge. */
    private final Map<String, Set<String>> mentionedIn = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Passage, List<Judge.Sourced>> passages = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Passage, List<Judge.Sourced>> eldest) {
            return size() > MAX_CACHED_PASSAGES;
        }
    };

    /** Answer sentences read recently: the embedded answerer's intro lines and repeated model sentences. */
    private final Map<String, Claim> claims = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Claim> eldest) {
            return size() > MAX_CACHED_CLAIMS;
        }
    };

    public ClaimGuard(GuardLexicon lexicon, String userDictionary, Set<String> documentIds) {
        this.lexicon = lexicon;
        this.documentIds = Set.copyOf(documentIds);
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
            Claim claim = readCached(sentence);
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
        StringBuilder normalized = new StringBuilder(GuardText.normalize(text));
        Set<String> ids = new LinkedHashSet<>();
        lexicon.names.mentions(normalized).forEach(m -> {
            if (documentIds.contains(m.entity().id())) {
                ids.add(m.entity().id());
            }
        });
        return ids;
    }

    /**
     * The evidence for an answer about {@code topic}: the given documents (those cited or retrieved), the topic's,
     * and those the answer names.
     */
    public Evidence evidenceFor(KnowledgeBase kb, String answer, Collection<String> docIds, String topic) {
        Set<String> ids = new LinkedHashSet<>(docIds);
        if (topic != null) {
            ids.add(topic);
        }
        ids.addAll(namedDocuments(answer));
        ids.addAll(documentsMentioningPeople(kb, answer));
        return Evidence.ofDocuments(kb, ids, topic);
    }

    /** A person (or a place) is checked against the documents that mention them: they have no document of their own. */
    private Set<String> documentsMentioningPeople(KnowledgeBase kb, String answer) {
        Set<String> ids = new LinkedHashSet<>();
        for (Names.Mention m : lexicon.names.mentions(new StringBuilder(GuardText.normalize(answer)))) {
            Names.EntityKind kind = m.entity().kind();
            if (kind == Names.EntityKind.PERSON || kind == Names.EntityKind.PLACE) {
                ids.addAll(mentionedIn.computeIfAbsent(m.entity().id(), id -> documentsNaming(kb, m.entity())));
            }
        }
        return ids;
    }

    private Set<String> documentsNaming(KnowledgeBase kb, Names.Entity entity) {
        Set<String> aliases = lexicon.names.aliasesOf(entity);
        Set<String> ids = new LinkedHashSet<>();
        for (ProgramDocument doc : kb.documents()) {
            String text = GuardText.normalize(Evidence.passagesOf(doc).stream().map(Passage::text)
                    .collect(Collectors.joining("\n")));
            if (aliases.stream().anyMatch(text::contains)) {
                ids.add(doc.id());
            }
        }
        return Set.copyOf(ids);
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

    private Claim readCached(String sentence) {
        Claim claim;
        synchronized (claims) {
            claim = claims.get(sentence);
        }
        if (claim == null) {
            claim = reader.read(sentence);
            synchronized (claims) {
                claims.put(sentence, claim);
            }
        }
        return claim;
    }

    private List<Judge.Sourced> read(Evidence evidence) {
        List<Judge.Sourced> out = new ArrayList<>();
        for (Passage p : evidence.passages()) {
            List<Judge.Sourced> cached;
            synchronized (passages) {
                cached = passages.get(p);
            }
            if (cached == null) {
                cached = GuardText.allSentences(p.text()).stream()
                        .map(s -> Judge.Sourced.of(reader.read(s), p.subject())).toList();
                synchronized (passages) {
                    passages.put(p, cached);
                }
            }
            out.addAll(cached);
        }
        return out;
    }
}
