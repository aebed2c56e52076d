package kr.donggu.chatbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.QuestionKind;
import kr.donggu.chatbot.knowledge.SectionKey;

/**
 * Builds the embedded answer from ranked evidence sentences, verbatim and in document order: the best sentence,
 * the rest of its list, and the few next-best sentences of the same document that are nearly as good. Decides
 * honestly whether the reply answers: a reply that only says the asked thing is not in the documents, or lacks the
 * amount, date or number the question demands, is not an answer ({@code answered = false}, so staff see it).
 */
final class AnswerComposer {

    /** A sentence joins the answer only if it scores within this of the best one. */
    private static final double CLOSE = 0.35;
    /** A sentence of the best one's section joins if it scores within this. */
    private static final double SAME_SECTION = 0.6;
    /** A sentence about a part of the question not yet covered joins if it scores within this. */
    private static final double NEW_PART = 0.6;
    private static final int ENTITY_SENTENCES = 3;
    /** How many things a comparison sets side by side, and with how many sentences each. */
    private static final int COMPARED = 3;
    private static final int COMPARED_SENTENCES = 2;

    /** {@code subject}: the document the answer is about; null for a list of programs. */
    record Composed(String text, boolean answered, String reason, List<SectionKey> sources, String subject) {
    }

    private static final Map<QuestionKind, Integer> SENTENCES = Map.ofEntries(
            Map.entry(QuestionKind.WHAT, 3), Map.entry(QuestionKind.DETAIL, 3), Map.entry(QuestionKind.LIST, 3),
            Map.entry(QuestionKind.RESULT, 2), Map.entry(QuestionKind.WHO, 2), Map.entry(QuestionKind.PERSON, 2),
            Map.entry(QuestionKind.HOW, 2), Map.entry(QuestionKind.APPLY, 2), Map.entry(QuestionKind.CONTACT, 2),
            Map.entry(QuestionKind.COUNT, 1), Map.entry(QuestionKind.WHEN, 1), Map.entry(QuestionKind.WHERE, 1),
            Map.entry(QuestionKind.PART_OF, 1), Map.entry(QuestionKind.AMOUNT, 1));

    private final Lexicon lexicon;

    AnswerComposer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Composed compose(String question, QuestionKind kind, List<EvidenceLine> evidence, boolean contradicted) {
        if (evidence.get(0).catalog()) {
            return catalog(evidence);
        }
        Lexicon.KindRule rule = lexicon.rule(kind);
        List<EvidenceLine> chosen = compares(question) ? side(evidence) : List.of();
        if (chosen.isEmpty()) {
            chosen = choose(rule, evidence, asksForEntities(question) ? ENTITY_SENTENCES : 0);
        }
        // "인증 받으려면 어떤 절차를 밟아야 하나요?": for how to apply or whom to call, a sentence about the subject
        // is not an answer; only one that gives the procedure or the contact is
        boolean substantive = chosen.stream().anyMatch(l -> l.isSubstantive()
                && (l.answersKind() || l.onFocus() && !rule.referralAnswers()));
        boolean referred = rule.referralAnswers() && chosen.stream().anyMatch(EvidenceLine::referral);
        // a specific question (언제, 얼마, 몇 개) whose best evidence says the asked thing is missing is not answered
        boolean missing = evidence.get(0).gap() && evidence.get(0).gapOnFocus();
        boolean answered = !missing && substantive || referred;
        String reason = answered ? null : "not_in_documents";
        StringBuilder body = new StringBuilder(Replies.INTRO.formatted(evidence.get(0).title()));
        if (contradicted) {
            body.append('\n').append(Replies.PREMISE_CORRECTED);
        }
        Optional<Lexicon.DetailRule> demanded = lexicon.demandedDetail(question, kind);
        if (demanded.isPresent() && !contradicted) {
            chosen = withStatedDetail(demanded.get(), chosen, evidence);
            substantive |= chosen.stream().anyMatch(l -> l.isSubstantive() && l.answersKind());
            answered = !missing && substantive || referred;
            reason = answered ? null : "not_in_documents";
        }
        body.append('\n').append(String.join(" ", chosen.stream().map(EvidenceLine::text).toList()));
        if (demanded.isPresent() && chosen.stream().filter(EvidenceLine::isSubstantive)
                .noneMatch(l -> demanded.get().stated().matcher(l.text()).find())) {
            // a chosen sentence may already say what is missing ("교육 일정은 … 나와 있지 않습니다"): refer only
            boolean saidMissing = chosen.stream().anyMatch(EvidenceLine::gap);
            body.append('\n').append(saidMissing ? Replies.REFER : Replies.detailMissing(demanded.get().label()));
            answered = false;
            reason = "detail_missing";
        } else if (!answered) {
            body.append('\n').append(Replies.REFER);
        } else if (asksPermission(question) && chosen.stream().noneMatch(l -> l.referral() || l.gap())) {
            body.append('\n').append(Replies.PERMISSION_REFER);
        }
        return new Composed(body.toString(), answered, reason, sources(chosen), evidence.get(0).docId());
    }

    /**
     * "협업한 프로젝트가 몇 개였어요?": the sentence that best matches the words may not be the one giving the number;
     * a sentence of the same document that states the asked detail is added, rather than calling the detail missing.
     */
    private static List<EvidenceLine> withStatedDetail(Lexicon.DetailRule detail, List<EvidenceLine> chosen,
                                                       List<EvidenceLine> evidence) {
        if (chosen.stream().anyMatch(l -> l.isSubstantive() && l.answersKind()
                && detail.stated().matcher(l.text()).find())) {
            return chosen;
        }
        // a list of other things ("버스 광고, 엘리베이터 광고, 보도자료" for "기업 몇 군데") looks like a count of items
        // but is no count of what was asked when the document states that count in a sentence of its own
        String doc = evidence.get(0).docId();
        Optional<EvidenceLine> stating = evidence.stream().filter(l -> l.docId().equals(doc) && l.isSubstantive()
                && !l.gap() && l.answersKind() && l.onFocus() && detail.stated().matcher(l.text()).find()).findFirst();
        if (stating.isEmpty() || chosen.contains(stating.get())) {
            return chosen;
        }
        List<EvidenceLine> out = new ArrayList<>(chosen);
        out.add(stating.get());
        return inDocumentOrder(out, evidence);
    }

    /** "개인사업자도 가도 돼요?": the documents say who took part, never who may. */
    private boolean asksPermission(String question) {
        return lexicon.conversation().matchesIntent("permission", kr.donggu.chatbot.knowledge.Texts.compact(question));
    }

    /** "씨앗프로젝트랑 관광기획 프로젝트는 뭐가 달라요?" */
    private boolean compares(String question) {
        return lexicon.conversation().matchesIntent("compare", kr.donggu.chatbot.knowledge.Texts.compact(question));
    }

    /**
     * Side by side, the best sentences of each document the question names; empty when it names fewer than two,
     * and the usual choice compares the sections of one ("사회적기업이랑 협동조합은 뭐가 달라요?").
     */
    private static List<EvidenceLine> side(List<EvidenceLine> evidence) {
        EvidenceLine best = evidence.get(0);
        Map<String, List<EvidenceLine>> perDocument = new java.util.LinkedHashMap<>();
        for (EvidenceLine l : evidence) {
            if (l.named() && l.isSubstantive() && !l.gap() && l.list() < 0 && best.score() - l.score() <= NEW_PART) {
                List<EvidenceLine> lines = perDocument.computeIfAbsent(l.docId(), d -> new ArrayList<>());
                if (lines.size() < COMPARED_SENTENCES) {
                    lines.add(l);
                }
            }
        }
        if (perDocument.size() < 2) {
            return List.of();
        }
        List<EvidenceLine> chosen = perDocument.values().stream().limit(COMPARED).flatMap(List::stream).toList();
        return inDocumentOrder(chosen, evidence);
    }

    /** "어떤 사업에 참여했어요?", "참여한 기업 이름": answered by as many sentences as it takes to name them. */
    private boolean asksForEntities(String question) {
        String compact = kr.donggu.chatbot.knowledge.Texts.compact(question);
        Lexicon.Conversation cues = lexicon.conversation();
        return java.util.stream.Stream.concat(cues.asksForPrograms().stream(), cues.asksForOrganisations().stream())
                .anyMatch(p -> p.matcher(compact).find());
    }

    /** @param atLeast sentences the answer may use whatever the kind of question (0: as the kind says) */
    private static List<EvidenceLine> choose(Lexicon.KindRule rule, List<EvidenceLine> evidence, int atLeast) {
        EvidenceLine best = evidence.get(0);
        List<EvidenceLine> chosen = new ArrayList<>();
        chosen.add(best);
        if (best.gap()) {
            // the honest answer is what is missing, after what is known of it ("2025년에 추진되었습니다. 교육 일정은
            // 나와 있지 않습니다."); for "how do I apply", the document's referral is the answer too
            evidence.stream().filter(l -> l.isSubstantive() && l.onFocus() && l.docId().equals(best.docId())
                    && best.score() - l.score() <= CLOSE).findFirst().ifPresent(chosen::add);
            if (rule.referralAnswers()) {
                evidence.stream().filter(l -> l.referral() && !l.gap() && l.docId().equals(best.docId())).findFirst()
                        .ifPresent(chosen::add);
            }
            return inDocumentOrder(chosen, evidence);
        }
        if (best.list() >= 0) {
            // a list is answered whole: all five projects, not the two that scored best
            evidence.stream().filter(best::sameList).filter(l -> l != best).forEach(chosen::add);
            return inDocumentOrder(chosen, evidence);
        }
        int limit = Math.max(atLeast, SENTENCES.getOrDefault(rule.kind(), 2));
        // a part of the question the chosen sentences say nothing about yet ("사회적기업이랑 협동조합은 뭐가 달라요?")
        long covered = best.filled();
        for (EvidenceLine l : evidence.subList(1, evidence.size())) {
            if (chosen.size() < limit && (l.filled() & ~covered) != 0 && l.isSubstantive() && l.list() < 0
                    && best.score() - l.score() <= NEW_PART) {
                chosen.add(l);
                covered |= l.filled();
            }
        }
        // the best sentence's own section first: a short section written to answer this kind of question reads whole
        for (EvidenceLine l : evidence.subList(1, evidence.size())) {
            if (chosen.size() < limit && l.docId().equals(best.docId()) && l.sectionIndex() == best.sectionIndex()
                    && l.isSubstantive() && l.list() < 0 && best.score() - l.score() <= SAME_SECTION) {
                chosen.add(l);
            }
        }
        for (EvidenceLine l : evidence.subList(1, evidence.size())) {
            if (chosen.size() >= limit || best.score() - l.score() > CLOSE) {
                break;
            }
            boolean sameDocument = l.docId().equals(best.docId()) && l.isSubstantive() && l.list() < 0;
            boolean referral = l.referral() && !l.gap() && rule.referralAnswers();
            if (!chosen.contains(l) && (sameDocument || referral)) {
                chosen.add(l);
            }
        }
        return inDocumentOrder(chosen, evidence);
    }

    /** Documents in the order they were first chosen, sentences as the document has them. */
    private static List<EvidenceLine> inDocumentOrder(List<EvidenceLine> chosen, List<EvidenceLine> evidence) {
        List<String> docs = chosen.stream().map(EvidenceLine::docId).distinct().toList();
        return chosen.stream().distinct().sorted(Comparator.comparingInt((EvidenceLine l) -> docs.indexOf(l.docId()))
                .thenComparingInt(EvidenceLine::sectionIndex).thenComparingInt(EvidenceLine::sentence)).toList();
    }

    /** "어떤 사업이 있나요?": each program's own opening sentence, one per line. */
    private static Composed catalog(List<EvidenceLine> programs) {
        StringBuilder text = new StringBuilder(Replies.CATALOG_INTRO);
        programs.forEach(p -> text.append("\n- ").append(p.text()));
        return new Composed(text.toString(), true, null, sources(programs), null);
    }

    private static List<SectionKey> sources(List<EvidenceLine> lines) {
        Set<SectionKey> keys = new LinkedHashSet<>();
        lines.forEach(l -> keys.add(l.key()));
        return List.copyOf(keys);
    }
}
