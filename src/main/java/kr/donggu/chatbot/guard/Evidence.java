package kr.donggu.chatbot.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import kr.donggu.chatbot.knowledge.Criterion;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;

/**
 * What an answer may rest on: passages, and the topic (the id of what the question is about), which a sentence
 * without a subject of its own ("2025년에 추진되었습니다") is taken to be about.
 */
public record Evidence(List<Passage> passages, String topic) {

    public Evidence {
        passages = List.copyOf(passages);
    }

    /** Plain text with no subject and no topic: a curated answer's citation, for example. */
    public static Evidence ofText(String text) {
        return new Evidence(List.of(new Passage(null, text)), null);
    }

    /**
     * Whole documents: the summary, each section and each eligibility criterion the source states (not those to
     * confirm). Unknown ids are skipped.
     */
    public static Evidence ofDocuments(KnowledgeBase kb, Collection<String> docIds, String topic) {
        List<Passage> passages = new ArrayList<>();
        for (String id : new LinkedHashSet<>(docIds)) {
            kb.find(id).ifPresent(doc -> passages.addAll(passagesOf(doc)));
        }
        return new Evidence(passages, topic);
    }

    static List<Passage> passagesOf(ProgramDocument doc) {
        List<Passage> out = new ArrayList<>();
        if (doc.summary() != null && !doc.summary().isBlank()) {
            out.add(new Passage(doc.id(), doc.summary()));
        }
        for (Section s : doc.sections()) {
            out.add(new Passage(doc.id(), s.text()));
        }
        doc.eligibility().stream()
                .filter(c -> c.status() == Criterion.Status.STATED && c.allowed() != null && !c.allowed().isEmpty())
                .forEach(c -> out.add(new Passage(doc.id(), c.label() + " " + String.join(", ", c.allowed()))));
        return out;
    }
}
