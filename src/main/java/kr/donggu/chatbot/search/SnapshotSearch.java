package kr.donggu.chatbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.donggu.chatbot.knowledge.Audience;
import kr.donggu.chatbot.knowledge.EntityKind;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.QuestionKind;
import kr.donggu.chatbot.knowledge.Texts;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * One question against one generation of the index: programs ranked by Lucene, then evidence chosen sentence by
 * sentence from the best few (and from whatever the question names), then whether the question is in scope at all.
 */
final class SnapshotSearch {

    /** Below this share of the question found in the best program, a question that names nothing is out of scope. */
    static final double MIN_COVERAGE = 0.55;
    /** A follow-up ("누가 참여했어요?") needs less of itself found in the program under discussion. */
    static final double MIN_FOLLOW_UP_COVERAGE = 0.5;
    /** A question whose best sentence holds {@value #ANCHORS} of its rare words needs less of itself found. */
    static final double MIN_ANCHORED_COVERAGE = 0.35;
    private static final int ANCHORS = 2;
    private static final int CANDIDATES = 40;
    private static final int EVIDENCE_DOCS = 3;
    private static final int EVIDENCE = 8;
    private static final double UNNAMED_WEIGHT = 0.4;
    private static final int LUCENE_DOCS = 5;
    /** A word used by at most this many documents points to them. */
    private static final int RARE = 2;
    /** "X 이름", "X의 정확한 이름": how far after a name a word asking for it may come. */
    private static final int OWN_NAME_DISTANCE = 6;

    /** The question as the index reads it. */
    /** {@code naming}: the slots that name a document through a synonym or spelling (tourism, 텃빹). */
    record Understanding(String text, String compact, QuestionKind kind, List<TermGroups.Slot> slots,
                         Set<List<String>> naming, List<Mention> mentions, Set<String> namedDocs, Set<String> namedPeople,
                         boolean catalog, boolean outOfScope, Set<List<String>> passing) {

        boolean named() {
            return !namedDocs.isEmpty();
        }
    }

    private SnapshotSearch() {
    }

    static Understanding understand(IndexSnapshot snap, String question) {
        String text = snap.normalizer.normalize(question);
        String compact = Texts.compact(text);
        List<Mention> mentions = snap.entityNames.in(text);
        Set<String> docs = new LinkedHashSet<>();
        Set<String> people = new LinkedHashSet<>();
        List<String> organisationWords = snap.lexicon.conversation().audiences().getOrDefault("enterprise", List.of());
        Set<String> roles = new java.util.HashSet<>();
        snap.knowledge.documents().forEach(d -> d.people().forEach(p -> roles.add(Texts.compact(p.role()))));
        mentions.forEach(m -> {
            docs.add(m.docId());
            if (m.isPerson() && !possessor(compact, m, organisationWords, roles)) {
                people.add(m.person());
            }
        });
        // masked personal data ("[전화번호]") is the asker's own, not something they ask about
        List<TermGroups.Slot> slots = withSpellings(snap,
                snap.termGroups.slots(snap.contentTerms(Texts.withoutPlaceholders(text))));
        // 친환경 장터 is 환경마켓 and 텃빹 is 텃밭: a synonym or a corrected spelling that is a program's name names it
        Set<List<String>> naming = new java.util.HashSet<>();
        for (TermGroups.Slot slot : slots) {
            for (List<String> alternative : slot.alternatives()) {
                snap.entityNames.docNamed(String.join("", alternative)).ifPresent(d -> {
                    docs.add(d);
                    naming.add(slot.original());
                });
            }
        }
        slots = withoutOwnNameQuestion(snap, compact, mentions, slots);
        Set<String> possessors = new java.util.HashSet<>();
        // "김유미 회사": neither the person nor 회사 is asked about, the company they make up is
        mentions.stream().filter(m -> m.isPerson() && !people.contains(m.person())).forEach(m -> {
            possessors.addAll(snap.vocabularyTerms(m.person()));
            organisationWords.forEach(w -> possessors.addAll(snap.vocabularyTerms(w)));
            roles.forEach(r -> possessors.addAll(snap.vocabularyTerms(r)));
        });
        slots = slots.stream().filter(sl -> !possessors.containsAll(sl.original())).toList();
        boolean catalog = docs.isEmpty() && matchesAny(snap.lexicon.conversation().catalog(), compact);
        boolean outOfScope = mentions.isEmpty() && snap.lexicon.outOfScope().stream().anyMatch(compact::contains);
        return new Understanding(text, compact, snap.lexicon.kindOf(text), slots, naming, mentions, docs, people,
                catalog, outOfScope, passing(snap, question, slots));
    }

    /**
     * The question's words said only in the asker's circumstances and used by no document ("엄마가 퇴직하셔서
     * …찾는데, 생애전환기 대상 프로그램 있었나요?": 퇴직): they say why the asker asks, not what.
     */
    private static Set<List<String>> passing(IndexSnapshot snap, String message, List<TermGroups.Slot> slots) {
        // as written: rewriting may already have dropped the clause ending ("…사회적기업인데") that marks them
        Lexicon.Circumstances split = snap.lexicon.conversation().background(message);
        if (split.background().isEmpty()) {
            return Set.of();
        }
        Set<String> said = new java.util.HashSet<>(snap.contentTerms(split.background()));
        said.removeAll(snap.contentTerms(split.asked()));
        said.removeIf(snap::isNameTerm);
        Set<List<String>> passing = new java.util.HashSet<>();
        // only words no document uses: a word the documents know ("할머니가 경로당 다니시는데": 경로당, a kind of
        // facility) still says what is sought, and "…있다고 들었는데" reports the very topic
        slots.stream().filter(s -> said.containsAll(s.original()) && Coverage.documentFrequency(s, snap) == 0)
                .map(TermGroups.Slot::original).forEach(passing::add);
        return passing;
    }

    /** "김유미 회사는 어디 참여했어?": the person only says whose company; the question is about the company. */
    private static boolean possessor(String compact, Mention person, List<String> organisationWords, Set<String> roles) {
        String rest = compact.substring(Math.min(person.end(), compact.length()));
        for (String role : roles) {   // "김유미 대표 회사": past the person's documented role
            if (!role.isEmpty() && rest.startsWith(role)) {
                rest = rest.substring(role.length());
                break;
            }
        }
        String owner = rest;
        return organisationWords.stream().anyMatch(w -> owner.startsWith(w) || owner.startsWith("의" + w)
                || owner.startsWith("님" + w) || owner.startsWith("님의" + w));
    }

    /**
     * "관광기획 프로젝트 이름이 정확히 뭐예요?" asks for the name of what it names, which its own first sentence gives:
     * 이름 right after a name is not a thing to look for ("그 회사들 이름" still is).
     */
    private static List<TermGroups.Slot> withoutOwnNameQuestion(IndexSnapshot snap, String compact,
                                                                List<Mention> mentions, List<TermGroups.Slot> slots) {
        List<String> nameWords = snap.lexicon.conversation().nameWords();
        for (Mention m : mentions) {
            for (String word : nameWords) {
                int at = compact.indexOf(word, m.end());
                if (at >= 0 && at - m.end() <= OWN_NAME_DISTANCE) {
                    return slots.stream().filter(s -> !s.original().equals(List.of(word))).toList();
                }
            }
        }
        return slots;
    }

    /** The first stage alone: Lucene's ranking of sections for a question, as retrieval evaluations measure it. */
    static List<SearchHit> rank(IndexSnapshot snap, String question, int maxHits) throws IOException {
        String text = snap.normalizer.normalize(question);
        List<TermGroups.Slot> slots = withSpellings(snap, snap.termGroups.slots(snap.contentTerms(text)));
        TopDocs top = snap.searcher.search(QueryFactory.build(snap, text, slots, null), CANDIDATES);
        return hits(snap, List.of(), top.scoreDocs, maxHits);
    }

    static SearchResult run(IndexSnapshot snap, Understanding u, int maxHits, String contextDocId) throws IOException {
        if (u.catalog() && contextDocId == null) {
            return catalog(snap, u);
        }
        TopDocs top = snap.searcher.search(QueryFactory.build(snap, u.text(), u.slots(), contextDocId), CANDIDATES);
        Map<String, Double> programs = programScores(snap, top.scoreDocs);
        List<EvidenceRanker.Candidate> candidates = candidates(snap, u, programs, contextDocId);
        if (candidates.isEmpty()) {
            return SearchResult.empty(u.kind(), u.text());
        }
        Optional<Premises.PersonCorrection> correction = Premises.person(snap, u);
        EvidenceRanker.Question asked = question(snap, u, correction, contextDocId);
        List<Evidence> evidence = snap.evidence.rank(asked, candidates, EVIDENCE);
        String best = evidence.isEmpty() ? candidates.get(0).doc().id() : evidence.get(0).docId();
        double coverage = Coverage.of(u.slots(), snap.docTerms.getOrDefault(best, Set.of()), snap, u.passing());
        boolean confident = u.named() && !onlyTheNameKnown(snap, u)
                || !u.outOfScope() && (coverage >= MIN_COVERAGE
                || coverage >= MIN_ANCHORED_COVERAGE && anchored(snap, u.slots(), evidence)
                || contextDocId != null && (u.slots().isEmpty() || coverage >= MIN_FOLLOW_UP_COVERAGE));
        boolean contradicted = correction.isPresent() || Premises.valueContradicted(u, evidence)
                || Premises.wrongParent(snap, u);
        if (!contradicted) {
            // the documented count may be in a sentence the question's other words do not rank first
            Optional<Evidence> count = Premises.countCorrection(u, () -> snap.evidence.rank(asked, candidates,
                    CANDIDATES));
            if (count.isPresent()) {
                List<Evidence> corrected = new ArrayList<>(List.of(count.get()));
                evidence.stream().filter(e -> !e.equals(count.get())).limit(EVIDENCE - 1).forEach(corrected::add);
                evidence = corrected;
                contradicted = true;
            }
        }
        // a false premise about what the question names is worth correcting, whatever else it asks
        confident |= contradicted && u.named();
        return new SearchResult(hits(snap, evidence, top.scoreDocs, maxHits), u.kind(), coverage, confident,
                u.named(), evidence, List.of(), List.copyOf(u.namedDocs()), contradicted, u.text());
    }

    /**
     * "출근길 버스에 붙은 광고는 무슨 사업이에요?": words said in passing (출근길) lower the coverage, but a sentence
     * that holds two of the question's rare words (버스, 광고: at most {@value #RARE} documents use each) is about
     * what was asked.
     */
    private static boolean anchored(IndexSnapshot snap, List<TermGroups.Slot> slots, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return false;
        }
        long filled = evidence.get(0).filled();
        int rare = 0;
        for (int i = 0; i < slots.size() && i < Long.SIZE; i++) {
            TermGroups.Slot slot = slots.get(i);
            int df = Coverage.documentFrequency(slot, snap);
            if ((filled & 1L << i) != 0 && df >= 1 && df <= RARE && !Coverage.isGeneric(slot, snap)) {
                rare++;
            }
        }
        return rare >= ANCHORS;
    }

    /**
     * Question words none of the named documents use, from which on the name alone answers nothing: one such word
     * ("단독으로도 할 수 있어요?") is often asked about in other words ("협업하는 방식으로"); two seldom are.
     */
    private static final int UNKNOWN_FOCUS = 2;

    /**
     * "스토리텔링 잘하는 글쓰기 요령 알려줘": the question names a program, but none of the other things it says are in
     * that program's documents, so what they say about the program does not answer it.
     */
    private static boolean onlyTheNameKnown(IndexSnapshot snap, Understanding u) {
        Set<String> known = new java.util.HashSet<>();
        Set<String> names = new java.util.HashSet<>();
        for (String d : u.namedDocs()) {
            known.addAll(snap.docTerms.getOrDefault(d, Set.of()));
            names.addAll(snap.nameTerms.getOrDefault(d, Set.of()));
        }
        for (Mention m : u.mentions()) {   // "urban garden" names the 도심 텃밭 by an alias; positions are compact
            names.addAll(snap.contentTerms(u.compact().substring(m.start(), Math.min(m.end(), u.compact().length()))));
            names.addAll(snap.contentTerms(Texts.spanOfCompact(u.text(), m.start(), m.end())));
        }
        Set<String> time = new java.util.HashSet<>();
        snap.lexicon.conversation().time().values().forEach(time::addAll);
        int unknown = 0;
        for (TermGroups.Slot slot : u.slots()) {
            if (u.passing().contains(slot.original())) {
                continue;   // said about the asker, not asked about
            }
            if (names.containsAll(slot.original()) || u.naming().contains(slot.original())
                    || Coverage.isGeneric(slot, snap) || time.containsAll(slot.original())
                    || slot.original().size() == 1 && snap.lexicon.isAttribute(slot.original().get(0))) {
                continue;   // the name, a kind of thing, a time ("올해도 열려요?") or the kind of answer wanted
            }
            if (slot.filledBy(known)) {
                return false;
            }
            if (slot.original().stream().allMatch(SnapshotSearch::hangulWord)) {
                // English questions and chat shorthand ("ㄹㅇ") are judged by what they name, as before; so is a
                // one-syllable word (안, 생 of a misspelt 생애), which is as often a slip of analysis as a topic
                unknown++;
            }
        }
        return unknown >= UNKNOWN_FOCUS;
    }

    private static boolean hangulWord(String term) {
        return term.length() >= 2 && term.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    /**
     * What the ranking weighs. When the question puts a person in a role that is not theirs, the evidence sought is
     * the documented holder of that role, and the asserted name counts for nothing.
     */
    private static EvidenceRanker.Question question(IndexSnapshot snap, Understanding u,
                                                    Optional<Premises.PersonCorrection> correction,
                                                    String contextDocId) {
        Set<String> docs = u.namedDocs();
        Set<String> people = u.namedPeople();
        List<TermGroups.Slot> slots = u.slots();
        if (correction.isPresent()) {
            docs = Set.of(correction.get().docId());
            people = Set.of(correction.get().person());
            Set<String> asserted = new java.util.HashSet<>();
            u.mentions().stream().filter(Mention::isPerson)
                    .forEach(m -> asserted.addAll(snap.vocabularyTerms(m.person())));
            slots = slots.stream().filter(s -> !asserted.containsAll(s.original())).toList();
        }
        Map<List<String>, Double> weights = new HashMap<>();
        slots.forEach(s -> weights.put(s.original(), Coverage.weight(s, snap)));
        var rule = snap.lexicon.rule(u.kind());
        boolean organisations = matchesAny(snap.lexicon.conversation().asksForOrganisations(), u.compact());
        List<String> attributeWords = new ArrayList<>(rule.attributes());
        List<String> nameWords = snap.lexicon.conversation().nameWords();
        // "지원받은 기업 4곳 이름 알려줘": names are what is asked, and "기업 이름은 나와 있지 않습니다" answers it
        boolean names = slots.stream().anyMatch(sl -> sl.original().size() == 1 && nameWords.contains(sl.original().get(0)));
        if (organisations || names) {
            attributeWords.addAll(nameWords);
        }
        Set<String> asked = slots.stream().flatMap(sl -> sl.original().stream()).filter(attributeWords::contains)
                .collect(java.util.stream.Collectors.toSet());
        return new EvidenceRanker.Question(u.text(), slots, weights, rule,
                attributeWords.stream().map(snap::vocabularyTerms).filter(t -> !t.isEmpty()).toList(),
                docs, people, matchesAny(snap.lexicon.conversation().asksForPrograms(), u.compact()),
                contextDocId == null ? docs : union(docs, contextDocId),
                slots.stream().filter(slot -> Coverage.isGeneric(slot, snap)).map(TermGroups.Slot::original)
                        .collect(java.util.stream.Collectors.toSet()),
                rule.broad() ? Set.of() : slots.stream().filter(slot -> slot.original().size() == 1
                        && rule.attributes().contains(slot.original().get(0))).map(TermGroups.Slot::original)
                        .collect(java.util.stream.Collectors.toSet()), u.naming(), organisations, asked, names,
                docs.isEmpty() && matchesAny(snap.lexicon.conversation().asksForPrograms(), u.compact()));
    }

    private static Set<String> union(Set<String> docs, String doc) {
        Set<String> out = new LinkedHashSet<>(docs);
        out.add(doc);
        return out;
    }

    /**
     * The documents evidence is taken from: the one under discussion or the named ones first, then the best matches
     * by Lucene's rank and by how much of the question they cover, including those that use one of the question's
     * rare words (a word two documents at most use says where to look better than BM25 over short sections).
     */
    private static List<EvidenceRanker.Candidate> candidates(IndexSnapshot snap, Understanding u,
                                                             Map<String, Double> programs, String contextDocId) {
        Map<String, EvidenceRanker.Candidate> out = new LinkedHashMap<>();
        if (contextDocId != null) {
            snap.knowledge.find(contextDocId).ifPresent(d -> out.put(d.id(), new EvidenceRanker.Candidate(d, 1, true)));
        }
        for (String named : u.namedDocs()) {
            snap.knowledge.find(named).ifPresent(d -> out.putIfAbsent(d.id(), new EvidenceRanker.Candidate(d, 1, true)));
        }
        Set<String> pool = new LinkedHashSet<>();
        programs.keySet().stream().limit(LUCENE_DOCS).forEach(pool::add);
        if (matchesAny(snap.lexicon.conversation().asksForOrganisations(), u.compact())) {
            pool.addAll(snap.idsOf(kr.donggu.chatbot.knowledge.EntityKind.ORGANISATION));   // "참여한 기업 이름"
        }
        for (TermGroups.Slot slot : u.slots()) {
            slot.alternatives().stream().flatMap(List::stream)
                    .filter(t -> snap.docFrequency.getOrDefault(t, Integer.MAX_VALUE) <= RARE)
                    .forEach(t -> pool.addAll(snap.termDocs.getOrDefault(t, List.of())));
        }
        double best = programs.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        // when the question names something, other documents only serve to join facts: they weigh less
        double others = u.named() || contextDocId != null ? UNNAMED_WEIGHT : 1;
        pool.stream().filter(id -> !out.containsKey(id)).map(id -> snap.knowledge.find(id)).flatMap(Optional::stream)
                .map(d -> new EvidenceRanker.Candidate(d, others * (programs.getOrDefault(d.id(), 0.0) / best
                        + Coverage.of(u.slots(), snap.docTerms.getOrDefault(d.id(), Set.of()), snap, u.passing())) / 2,
                        false))
                .sorted(java.util.Comparator.comparingDouble(c -> -c.prior())).limit(EVIDENCE_DOCS)
                .forEach(c -> out.put(c.doc().id(), c));
        return new ArrayList<>(out.values());
    }

    /** Each program's best section score, best program first. */
    private static Map<String, Double> programScores(IndexSnapshot snap, ScoreDoc[] hits) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ScoreDoc h : hits) {
            out.putIfAbsent(snap.chunk(h.doc).doc().id(), (double) h.score);
        }
        return out;
    }

    /**
     * Sections in the order of their best evidence sentence (what the answer rests on), then the rest of Lucene's
     * hits; without evidence, Lucene's ranking alone (the first stage, see {@link #rank}).
     */
    private static List<SearchHit> hits(IndexSnapshot snap, List<Evidence> evidence, ScoreDoc[] luceneHits, int max)
            throws IOException {
        Map<String, SearchHit> out = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            snap.knowledge.find(e.docId()).flatMap(d -> d.section(e.section())).ifPresent(s ->
                    out.putIfAbsent(e.docId() + "\t" + e.section(),
                            new SearchHit(e.docId(), e.title(), e.section(), s.text(), (float) e.score())));
        }
        for (ScoreDoc h : luceneHits) {
            if (out.size() >= max) {
                break;
            }
            IndexSnapshot.Chunk c = snap.chunk(h.doc);
            out.putIfAbsent(c.doc().id() + "\t" + c.section().heading(), new SearchHit(c.doc().id(), c.doc().title(),
                    c.section().heading(), c.section().text(), h.score));
        }
        List<SearchHit> all = new ArrayList<>(out.values());
        return List.copyOf(all.subList(0, Math.min(max, all.size())));
    }

    /** "어떤 사업이 있나요?": the main programs (not their sub-projects), narrowed to enterprises or residents if asked. */
    private static SearchResult catalog(IndexSnapshot snap, Understanding u) {
        Map<String, List<String>> audiences = snap.lexicon.conversation().audiences();
        boolean enterprise = audiences.getOrDefault("enterprise", List.of()).stream().anyMatch(u.compact()::contains);
        boolean resident = audiences.getOrDefault("resident", List.of()).stream().anyMatch(u.compact()::contains);
        List<String> ids = new ArrayList<>();
        for (ProgramDocument d : snap.knowledge.documents()) {
            if (d.kind() == EntityKind.PROGRAM && d.parent() == null
                    && (!enterprise || d.audience().contains(Audience.ENTERPRISE))
                    && (!resident || d.audience().contains(Audience.RESIDENT))) {
                ids.add(d.id());
            }
        }
        ids.sort(java.util.Comparator.comparing(id -> snap.knowledge.find(id).orElseThrow().title()));
        return new SearchResult(List.of(), QuestionKind.LIST, 1, !ids.isEmpty(), false, List.of(), List.copyOf(ids),
                List.of(), false, u.text());
    }

    /**
     * Words no document uses may be a typing slip of one that is used: 텃빹 → 텃밭. A two-syllable word is corrected
     * only to a name (청장 is not a slip of 성장, but 텃빹 is one of 텃밭).
     */
    private static List<TermGroups.Slot> withSpellings(IndexSnapshot snap, List<TermGroups.Slot> slots) {
        List<TermGroups.Slot> out = new ArrayList<>(slots.size());
        for (TermGroups.Slot slot : slots) {
            boolean known = slot.alternatives().stream().flatMap(List::stream).anyMatch(snap.docFrequency::containsKey);
            if (known || slot.original().size() != 1) {
                out.add(slot);
                continue;
            }
            List<List<String>> alternatives = new ArrayList<>(slot.alternatives());
            String word = slot.original().get(0);
            String stem = withoutParticle(word, snap.lexicon.conversation().particles());
            if (!stem.equals(word) && snap.docFrequency.containsKey(stem)) {
                alternatives.add(List.of(stem));
            }
            snap.spellings(stem).stream().filter(w -> stem.length() >= 3 || snap.isNameTerm(w))
                    .forEach(w -> alternatives.add(List.of(w)));
            out.add(new TermGroups.Slot(slot.original(), List.copyOf(alternatives)));
        }
        return out;
    }

    /** "텃빹은" as the analyzer left it, without its particle: the word that may be misspelt. */
    private static String withoutParticle(String word, List<String> particles) {
        for (String p : particles) {   // longest first, as the data lists them
            if (word.length() > p.length() + 1 && word.endsWith(p)) {
                return word.substring(0, word.length() - p.length());
            }
        }
        return word;
    }

    private static boolean matchesAny(List<java.util.regex.Pattern> patterns, String compact) {
        return patterns.stream().anyMatch(p -> p.matcher(compact).find());
    }
}
