package kr.donggu.chatbot.channels;

import java.util.List;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.Particles;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/** The programs a resident or enterprise can take part in (top-level documents that say who may), for menus. */
final class Programs {

    static final int MAX = 5;

    private Programs() {
    }

    static List<ProgramDocument> list(KnowledgeBase kb) {
        return kb.documents().stream().filter(d -> d.parent() == null && !d.eligibility().isEmpty()).limit(MAX)
                .toList();
    }

    /** The question a tap on a program sends: "스토리텔링 마케팅 지원사업은 뭐예요?". */
    static String question(ProgramDocument doc) {
        return Particles.attach(doc.title(), Particles.TOPIC) + " 뭐예요?";
    }
}
