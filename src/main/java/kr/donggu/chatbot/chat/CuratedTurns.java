package kr.donggu.chatbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.donggu.chatbot.curated.CuratedAnswers;
import kr.donggu.chatbot.knowledge.SectionKey;
import kr.donggu.chatbot.search.ProgramIndex;

/**
 * A turn answered by staff's curated answer, ahead of the documents: the question as resolved in the conversation
 * is matched (a follow-up that names nothing first as a question about the program under discussion). The reply is
 * answered, cites the curated answer first and then the sections it cites, and moves the conversation to the first
 * cited document.
 */
final class CuratedTurns {

    static final String REASON = "curated";

    private final CuratedAnswers answers;
    private final ProgramIndex index;
    private final ConversationTracker tracker;

    /** @param answers may be null: no curated answers are served */
    CuratedTurns(CuratedAnswers answers, ProgramIndex index, ConversationTracker tracker) {
        this.answers = answers;
        this.index = index;
        this.tracker = tracker;
    }

    Optional<Draft> draft(ReferenceResolver.Resolution resolution, SessionState current) {
        if (answers == null) {
            return Optional.empty();
        }
        for (String asked : phrasings(resolution)) {
            Optional<CuratedAnswers.Served> served = answers.answer(asked);
            if (served.isPresent()) {
                return Optional.of(draft(served.get(), resolution, current));
            }
        }
        return Optional.empty();
    }

    private List<String> phrasings(ReferenceResolver.Resolution r) {
        if (r.rewritten() || r.contextDocId() == null) {
            return List.of(r.query());
        }
        return index.knowledge().find(r.contextDocId()).map(d -> List.of(d.shortName() + " " + r.query(), r.query()))
                .orElse(List.of(r.query()));
    }

    private Draft draft(CuratedAnswers.Served served, ReferenceResolver.Resolution resolution, SessionState current) {
        List<SectionKey> keys = new ArrayList<>();
        keys.add(new SectionKey(CuratedAnswers.SOURCE_PREFIX + served.id(), null));
        served.citations().forEach(c -> keys.add(new SectionKey(c.id(), c.section())));
        String subject = served.citations().isEmpty() ? null : served.citations().get(0).id();
        String mode = ChatService.GroundedMode.NAME;
        Draft about = new Draft(served.text(), true, REASON, keys, subject, mode, current, List.of());
        SessionState next = tracker.after(current, resolution, about, index.lexicon().kindOf(resolution.query()));
        // no program id on the reply itself: staff's answer is current until its review day, not dated by a document
        return new Draft(served.text(), true, REASON, keys, null, mode, next, List.of());
    }
}
