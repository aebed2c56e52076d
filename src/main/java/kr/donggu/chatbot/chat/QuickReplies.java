package kr.donggu.chatbot.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.donggu.chatbot.knowledge.Audience;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.Particles;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.QuestionKind;

/** Up to five next questions that work when tapped: follow-ups on the program just discussed, or the main programs. */
final class QuickReplies {

    static final int MAX = 5;
    static final List<String> START = List.of(
            "사회혁신 협력 프로젝트가 뭐예요?",
            "사회공헌 프로젝트 알려주세요",
            "스토리텔링 마케팅 지원사업은요?",
            "네트워킹 DAY는 언제 열렸나요?",
            "사회적경제기업 종류 알려주세요");

    private QuickReplies() {
    }

    /** The chips an answer gets when it brings none: follow-ups on the program it cites, or the main programs. */
    static List<String> forDraft(KnowledgeBase kb, Draft draft, String question) {
        return draft.sources().isEmpty() ? START : kb.find(draft.programId())
                .map(d -> forProgram(kb, d, kb.vocabulary().lexicon().kindOf(question))).orElse(START);
    }

    static List<String> forProgram(KnowledgeBase kb, ProgramDocument doc, QuestionKind asked) {
        Set<String> out = new LinkedHashSet<>();
        if (asked != QuestionKind.WHO && doc.section("대상").isPresent()) {
            out.add("누가 참여할 수 있나요?");
        }
        if (asked != QuestionKind.HOW && asked != QuestionKind.APPLY && doc.section("신청·문의").isPresent()) {
            out.add("신청은 어떻게 하나요?");
        }
        if (asked != QuestionKind.WHAT && doc.section("내용").isPresent()) {
            out.add("어떤 내용인가요?");
        }
        if (!doc.eligibility().isEmpty() && doc.audience().contains(Audience.ENTERPRISE)) {
            out.add("우리 기업도 참여할 수 있나요?");
        }
        related(kb, doc).forEach(t -> out.add(Particles.attach(t, Particles.TOPIC) + " 뭐예요?"));
        return new ArrayList<>(out).subList(0, Math.min(MAX, out.size()));
    }

    private static List<String> related(KnowledgeBase kb, ProgramDocument doc) {
        List<String> titles = new ArrayList<>();
        kb.find(doc.parent()).ifPresent(p -> titles.add(p.title()));
        kb.documents().stream().filter(d -> doc.id().equals(d.parent())).limit(2).forEach(d -> titles.add(d.title()));
        return titles;
    }
}
