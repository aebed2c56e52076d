package kr.donggu.chatbot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.QuestionKind;

/**
 * Chooses evidence sentence by sentence, across every section of the candidate documents, instead of trusting one
 * section picked by the kind of question: "그냥 기부하는 거예요?" is answered by the sentence that mentions 기부,
 * wherever it is. A sentence scores by the share of the question's focus it covers (its content words other than
 * the document's own name, with synonyms and paraphrases, weighted by rarity), its character overlap, whether it
 * carries what the kind of question asks for, a small preference for the kind's usual section, how well its
 * document matched, and the other named things it joins. A sentence that says the asked thing is not in the
 * documents is the honest answer; one that says something else is missing is pushed down.
 */
final class EvidenceRanker {

    private static final double BIGRAM = 0.3;
    private static final double KIND = 0.35;
    private static final double KIND_WHAT = 0.1;
    private static final double SECTION = 0.2;
    private static final double DOC_PRIOR = 0.4;
    private static final double JOIN = 0.25;
    private static final double JOINS_ALL = 0.5;
    private static final double PERSON = 0.3;
    private static final double GAP_ON_FOCUS = 0.25;
    private static final double GAP_OFF_FOCUS = -0.5;
    private static final double REFERRAL_ANSWERS = 0.2;
    private static final double REFERRAL_OFF = -0.4;
    private static final double OWN_NAME = 0.05;
    private static final double LEAD = 0.1;
    private static final double PROGRAMS = 0.2;
    private static final double SLIGHT_FOCUS = 1.0;
    private static final double OFF_SUBJECT = -1.0;
    private static final double NOT_A_PROGRAM = -0.5;
    private static final double HEADING = 0.3;
    /** The question names the very thing the gap says is missing ("주소 알려줘" → "주소는 나와 있지 않습니다"). */
    private static final double GAP_ASKED = 0.5;

    /** A document that may hold the answer, how well it matched (0–1), and whether the question is about it. */
    record Candidate(ProgramDocument doc, double prior, boolean subject) {
    }

    /** What the question brings to the ranking. */
    record Question(String text, List<TermGroups.Slot> slots, Map<List<String>, Double> weights,
                    Lexicon.KindRule rule, List<List<String>> attributes, Set<String> namedDocs,
                    Set<String> namedPeople, boolean asksForPrograms, Set<String> subjects,
                    Set<List<String>> generic, Set<List<String>> attributeSlots, Set<List<String>> naming,
                    boolean asksForOrganisations, Set<String> askedAttributes, boolean asksForNames,
                    boolean seeksProgram) {

        /** Answered by naming things: programs ("어떤 사업에 참여했어요?") or enterprises ("참여한 기업 이름"). */
        boolean asksForEntities() {
            return asksForPrograms || asksForOrganisations;
        }
    }

    private final DocumentSentences sentences;
    private final Map<QuestionKind, Map<String, Boolean>> answersByKind = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> nameTerms;
    private final Set<String> programs;
    private final Set<String> organisations;

    /**
     * @param programs      the ids of documents about programs, which "어떤 사업에 참여했어요?" expects by name
     * @param organisations the ids of documents about enterprises and bodies, which "참여한 기업 이름" expects
     */
    EvidenceRanker(DocumentSentences sentences, Map<String, Set<String>> nameTerms, Set<String> programs,
                   Set<String> organisations) {
        this.sentences = sentences;
        this.nameTerms = nameTerms;
        this.programs = programs;
        this.organisations = organisations;
    }

    /** The best {@code max} sentences, with every member of a list that one of them belongs to. */
    List<Evidence> rank(Question q, List<Candidate> candidates, int max) {
        // whether a sentence is of the kind of answer asked for is a regular-expression search: each is made once
        Map<String, Boolean> answers = answersByKind.computeIfAbsent(q.rule().kind(), k -> new ConcurrentHashMap<>());
        int[] questionGrams = DocumentSentences.bigrams(q.text());
        List<Scored> scored = new ArrayList<>();
        Set<List<String>> onlyInGaps = onlyInGaps(q, candidates);
        for (Candidate c : candidates) {
            // the names of this document and of whatever the question names say what it is about, not what it asks
            Set<String> title = nameTerms.getOrDefault(c.doc().id(), Set.of());
            Set<String> own = new HashSet<>(title);
            q.namedDocs().forEach(d -> own.addAll(nameTerms.getOrDefault(d, Set.of())));
            // words of this document's name the question uses without naming it (문화예술교육 for the
            // 씨앗프로젝트 문화예술교육 콘텐츠 개설) say the question is about it: every sentence of it has them
            // (only words its text uses: an English alias's "dong-gu" is no sign of it)
            Set<List<String>> titleWords = new HashSet<>();
            if (!c.subject()) {
                Set<String> body = sentences.terms(c.doc());
                q.slots().stream().map(TermGroups.Slot::original)
                        .filter(o -> title.containsAll(o) && body.containsAll(o) && !q.generic().contains(o)
                                && !namedName(q, o))
                        .forEach(titleWords::add);
            }
            boolean joinsNamed = joinsAllNamed(q, c);
            Map<String, Double> headingBonus = new HashMap<>();
            for (DocumentSentences.Sentence s : sentences.of(c.doc())) {
                Boolean answersKind = answers.get(s.text());
                if (answersKind == null) {
                    answersKind = q.rule().isAnsweredBy(s.text());
                    answers.put(s.text(), answersKind);
                }
                double heading = headingBonus.computeIfAbsent(s.section(), h -> headingNamed(q, c, h));
                scored.add(score(q, c, s, new Context(questionGrams, onlyInGaps, own, titleWords, joinsNamed,
                        answersKind, heading)));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.evidence().score()));
        return withWholeLists(scored, max);
    }

    private record Scored(DocumentSentences.Sentence sentence, Evidence evidence) {
    }

    /**
     * Slots of the question that only sentences saying "…은 이 자료에 나와 있지 않습니다" fill: what was asked is
     * exactly what the documents lack ("관광 코스 알려줘" → "관광 코스, 방문지, 참가비는 … 나와 있지 않습니다").
     */
    private Set<List<String>> onlyInGaps(Question q, List<Candidate> candidates) {
        Set<List<String>> inGaps = new HashSet<>();
        Set<List<String>> elsewhere = new HashSet<>();
        for (Candidate c : candidates) {
            for (DocumentSentences.Sentence s : sentences.of(c.doc())) {
                for (TermGroups.Slot slot : q.slots()) {
                    if (slot.filledBy(s.terms()) && !q.generic().contains(slot.original())) {
                        (s.gap() ? inGaps : elsewhere).add(slot.original());
                    }
                }
            }
        }
        inGaps.removeAll(elsewhere);
        return inGaps;
    }

    /** What one ranking knows of the question and the candidate when it scores one of the candidate's sentences. */
    private record Context(int[] questionGrams, Set<List<String>> onlyInGaps, Set<String> own,
                           Set<List<String>> titleWords, boolean joinsNamed, boolean answersKind, double heading) {
    }

    private Scored score(Question q, Candidate c, DocumentSentences.Sentence s, Context x) {
        Set<String> own = x.own();
        Set<List<String>> titleWords = x.titleWords();
        Set<List<String>> onlyInGaps = x.onlyInGaps();
        double focusTotal = 0;
        double focusFilled = 0;
        boolean ownName = false;
        long filledSlots = 0;
        int slotIndex = -1;
        // a word meaning the same as the program's name (광고 ~ 마케팅 in 스토리텔링 마케팅) is in every sentence of
        // it; and a sentence that only names another program ("넷째, 지역연계형 관광기획 프로젝트입니다") does not
        // answer about it: that program's own document does
        // (in the document the question is about, naming another one may be the answer: "다른 조직에도 참여해요?")
        Set<String> names = own;
        if (!c.subject() && s.mentions().stream().anyMatch(m -> !m.isPerson() && !m.docId().equals(c.doc().id()))) {
            names = new HashSet<>(own);
            for (Mention m : s.mentions()) {
                if (!m.isPerson() && !m.docId().equals(c.doc().id())) {
                    names.addAll(nameTerms.getOrDefault(m.docId(), Set.of()));
                }
            }
        }
        for (TermGroups.Slot slot : q.slots()) {
            slotIndex++;
            if (own.containsAll(slot.original()) || q.naming().contains(slot.original())) {
                ownName |= slot.filledBy(s.terms());
                if (titleWords.contains(slot.original())) {
                    double w = q.weights().getOrDefault(slot.original(), 1.0);
                    focusTotal += w;
                    focusFilled += w;
                    if (slotIndex < Long.SIZE) {
                        filledSlots |= 1L << slotIndex;   // the sentence is about what those words name
                    }
                }
                continue;
            }
            if (q.attributeSlots().contains(slot.original())) {
                continue;   // 날짜 in "날짜 알려줘" says what kind of answer is wanted; the kind of question weighs that
            }
            boolean filled = slot.filledBy(s.terms(), names);
            // a lone syllable (안 of 안에, 길 of 출근길) is more often what analysis left of a word than a part of the
            // question a sentence could answer
            boolean syllable = slot.original().size() == 1 && slot.original().get(0).length() == 1;
            if (filled && !syllable && slotIndex < Long.SIZE) {
                filledSlots |= 1L << slotIndex;
            }
            double w = q.weights().getOrDefault(slot.original(), 1.0);
            focusTotal += w;
            if (filled) {
                focusFilled += w;
            }
        }
        // the share of the focus covered, discounted when the focus itself is slight (only "진행" in "어디서 진행했어요?")
        double lexical = focusTotal == 0 ? 0 : focusFilled / focusTotal * Math.min(1, focusTotal / SLIGHT_FOCUS);
        boolean answersKind = x.answersKind();
        // "사회적경제기업 종류 알려주세요" is all name: whatever the document says about it is on the question
        boolean onFocus = focusFilled > 0 || focusTotal == 0;
        // a gap about another document than the one asked about is beside the point
        boolean aboutAsked = c.subject() || q.namedDocs().isEmpty() && c.prior() >= 1;
        // a gap naming the kind's attribute (장소 for 어디) answers a specific question; for a broad one ("자세히
        // 알려줘") only a gap about the question's own words does ("이름 알려줘" → "이름은 나와 있지 않습니다")
        boolean attributeGap = (!q.rule().broad() || q.asksForEntities() || q.asksForNames())
                && q.attributes().stream().anyMatch(s.terms()::containsAll);
        boolean gapOnFocus = s.gap() && aboutAsked && !aboutAnotherYear(q, s) && (attributeGap
                || q.slots().stream().anyMatch(slot -> onlyInGaps.contains(slot.original()) && slot.filledBy(s.terms())));
        double score = lexical + BIGRAM * overlap(x.questionGrams(), s.bigrams())
                + (answersKind && !s.gap() ? (q.rule().kind() == QuestionKind.WHAT ? KIND_WHAT : KIND) : 0)
                + sectionPrior(q.rule(), s) + DOC_PRIOR * c.prior() + (ownName ? OWN_NAME : 0)
                + x.heading() + joins(q, c, s) + persons(q, s) + entitiesNamed(q, c, s)
                + (x.joinsNamed() && q.namedDocs().stream().anyMatch(s::mentions) ? JOINS_ALL : 0)
                + gapAndReferral(q.rule(), s, gapOnFocus)
                + (gapOnFocus && q.askedAttributes().stream().anyMatch(s.terms()::contains) ? GAP_ASKED : 0)
                + (offSubject(q, c, s) ? OFF_SUBJECT : 0)
                // "협동조합 여러 곳이 협업 모델을 찾는 사업이 있다던데": a program is sought, not a guide to the kinds
                + (q.seeksProgram() && !programs.contains(c.doc().id()) ? NOT_A_PROGRAM : 0);
        Evidence e = new Evidence(s.docId(), s.title(), s.section(), s.sectionIndex(), s.index(), s.text(), score,
                answersKind && !s.gap(), onFocus, s.gap(), gapOnFocus, s.referral(), s.list(), s.listIntro(),
                filledSlots);
        return new Scored(s, e);
    }

    private boolean namedName(Question q, List<String> words) {
        return q.namedDocs().stream().anyMatch(d -> nameTerms.getOrDefault(d, Set.of()).containsAll(words));
    }

    /**
     * The question is about something (named, or under discussion), and this sentence is neither from its document
     * nor about it: "사회공헌
     * 프로젝트의 효과" is not answered by another program's 성과, however alike the words.
     */
    private static boolean offSubject(Question q, Candidate c, DocumentSentences.Sentence s) {
        return !q.subjects().isEmpty() && !c.subject() && q.subjects().stream().noneMatch(s::mentions)
                && q.namedPeople().isEmpty();
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("20\\d{2}");

    /**
     * "2026년 네트워킹 DAY의 날짜는 나와 있지 않습니다" is beside a question that does not ask about 2026; "개최
     * 날짜와 장소, 2026년 운영 여부는 …" is not, since what it lacks first is undated.
     */
    private static boolean aboutAnotherYear(Question q, DocumentSentences.Sentence s) {
        java.util.regex.Matcher year = YEAR.matcher(s.text());
        if (!year.find() || q.text().contains(year.group())) {
            return false;
        }
        int firstAttribute = q.rule().attributes().stream().mapToInt(a -> s.text().indexOf(a)).filter(i -> i >= 0)
                .min().orElse(Integer.MAX_VALUE);
        return year.start() < firstAttribute;
    }

    /**
     * For "어떤 사업에 참여했어요?" a sentence naming programs (other than its own) is the answer; for "참여한 기업
     * 이름" one naming enterprises.
     */
    private double entitiesNamed(Question q, Candidate c, DocumentSentences.Sentence s) {
        Set<String> wanted = q.asksForPrograms() ? programs : q.asksForOrganisations() ? organisations : Set.of();
        long named = s.mentions().stream().filter(m -> !m.isPerson()).map(Mention::docId).distinct()
                .filter(d -> !d.equals(c.doc().id()) && wanted.contains(d)).count();
        return PROGRAMS * Math.min(2, named);
    }

    private static double sectionPrior(Lexicon.KindRule rule, DocumentSentences.Sentence s) {
        int rank = rule.headings().indexOf(s.section());
        double prior = rank < 0 ? 0 : SECTION / (rank + 1);
        if (rule.kind() == QuestionKind.WHAT && s.sectionIndex() == 0 && s.index() == 0) {
            prior += LEAD;   // "X가 뭐예요?": the document's first sentence says what X is
        }
        return prior;
    }

    /**
     * The question names the section's topic ("예비사회적기업이 뭐예요?" → the 예비사회적기업 section). A word that only
     * says what kind of answer is wanted (내용 in "어떤 내용을 홍보해요?") names no section: the kind weighs that.
     */
    private double headingNamed(Question q, Candidate c, String section) {
        Set<String> heading = sentences.headingTerms(section);
        return !heading.isEmpty() && q.slots().stream().anyMatch(slot -> slot.filledBy(heading)
                && !q.rule().attributes().containsAll(slot.original())
                && !nameTerms.getOrDefault(c.doc().id(), Set.of()).containsAll(slot.original())) ? HEADING : 0;
    }

    /** A sentence naming the other things the question names joins them: "두 사업에 모두 참여한 기업". */
    /**
     * "사회혁신 협력 프로젝트와 사회공헌 프로젝트에 모두 참여한 기업은?": an enterprise whose document mentions every
     * named program, sentence by sentence, is the answer, more than a sentence naming both programs for another reason.
     */
    private boolean joinsAllNamed(Question q, Candidate c) {
        if (q.namedDocs().size() < 2 || c.subject() || !q.asksForOrganisations()
                || !organisations.contains(c.doc().id())) {
            return false;
        }
        List<DocumentSentences.Sentence> all = sentences.of(c.doc());
        return q.namedDocs().stream().allMatch(d -> all.stream().anyMatch(s -> s.mentions(d)));
    }

    private static double joins(Question q, Candidate c, DocumentSentences.Sentence s) {
        if (q.namedDocs().size() < 2) {
            return 0;
        }
        int others = 0;
        for (String named : q.namedDocs()) {
            if (!named.equals(c.doc().id()) && s.mentions(named)) {
                others++;
            }
        }
        return JOIN * Math.min(2, others);
    }

    private static double persons(Question q, DocumentSentences.Sentence s) {
        if (q.namedPeople().isEmpty()) {
            return 0;
        }
        return s.mentions().stream().anyMatch(m -> m.isPerson() && q.namedPeople().contains(m.person())) ? PERSON : 0;
    }

    private static double gapAndReferral(Lexicon.KindRule rule, DocumentSentences.Sentence s, boolean gapOnFocus) {
        double adjust = 0;
        if (s.gap()) {
            adjust += gapOnFocus ? GAP_ON_FOCUS : GAP_OFF_FOCUS;
        }
        if (s.referral() && !s.gap()) {
            adjust += rule.referralAnswers() ? REFERRAL_ANSWERS : REFERRAL_OFF;
        }
        return adjust;
    }

    private static double overlap(int[] question, int[] sentence) {
        if (question.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int g : question) {
            if (java.util.Arrays.binarySearch(sentence, g) >= 0) {
                shared++;
            }
        }
        return (double) shared / question.length;
    }

    /** The top sentences, and the rest of any list one of them opens or belongs to, so lists are answered whole. */
    private static List<Evidence> withWholeLists(List<Scored> scored, int max) {
        Map<String, Evidence> out = new LinkedHashMap<>();
        Set<String> lists = new HashSet<>();
        for (Scored s : scored.subList(0, Math.min(max, scored.size()))) {
            out.put(key(s.sentence()), s.evidence());
            if (s.sentence().list() >= 0) {
                lists.add(s.sentence().docId() + "#" + s.sentence().sectionIndex() + "#" + s.sentence().list());
            }
        }
        for (Scored s : scored) {
            DocumentSentences.Sentence x = s.sentence();
            if (x.list() >= 0 && lists.contains(x.docId() + "#" + x.sectionIndex() + "#" + x.list())) {
                out.putIfAbsent(key(x), s.evidence());
            }
        }
        return List.copyOf(out.values());
    }

    private static String key(DocumentSentences.Sentence s) {
        return s.docId() + "#" + s.sectionIndex() + "#" + s.index();
    }
}
