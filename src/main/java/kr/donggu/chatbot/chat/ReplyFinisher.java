package kr.donggu.chatbot.chat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.donggu.chatbot.answer.Replies;
import kr.donggu.chatbot.guard.FactGuard;
import kr.donggu.chatbot.guard.GuardResult;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import kr.donggu.chatbot.knowledge.SectionKey;

/**
 * Everything an answer passes through after the model, in every mode: the fact guard against its cited sections,
 * the year label of dated programs, the English note, the source lines, and quick replies.
 */
final class ReplyFinisher {

    record Finished(String text, boolean answered, String reason, List<Source> sources, List<String> quickReplies,
                    GuardResult guard) {
    }

    private final Clock clock;
    /** The guard for the knowledge it was built from; rebuilt only when the knowledge is reloaded. */
    private volatile GuardFor guardFor = new GuardFor(null, null);

    private record GuardFor(KnowledgeBase kb, FactGuard guard) {
    }

    ReplyFinisher(Clock clock) {
        this.clock = clock;
    }

    Finished finish(Draft draft, String question, KnowledgeBase kb) {
        List<Source> sources = sources(draft.sources(), kb);
        GuardResult guard = guard(draft.text(), draft.sources(), kb);
        boolean answered = draft.answered();
        String reason = draft.reason();
        String text = guard.text();
        if (guard.nothingLeft() && !sources.isEmpty()) {
            return new Finished(Replies.NOT_FOUND, false, "guard_removed_all", List.of(), QuickReplies.START, guard);
        }
        Optional<ProgramDocument> doc = sources.isEmpty() ? Optional.empty() : kb.find(draft.programId());
        List<String> lines = new ArrayList<>();
        if (answered && Intents.isMostlyEnglish(question)) {
            lines.add(Replies.ENGLISH_NOTE);
        }
        lines.add(text);
        if (doc.isPresent()) {
            Optional<TimeAwareness.Verdict> time = TimeAwareness.judge(doc.get(), question, LocalDate.now(clock),
                    kb.vocabulary().lexicon().conversation());
            if (time.isPresent()) {
                lines.add(time.get().note());
                if (!time.get().covered() && answered) {
                    answered = false;
                    reason = "outdated";
                }
            }
        }
        sources.forEach(s -> lines.add("출처: " + s.title() + " · " + s.section()));
        List<String> quick = !draft.quickReplies().isEmpty() ? draft.quickReplies()
                : doc.map(d -> QuickReplies.forProgram(kb, d, kb.vocabulary().lexicon().kindOf(question)))
                .orElse(QuickReplies.START);
        return new Finished(String.join("\n", lines), answered, reason, sources, quick, guard);
    }

    private GuardResult guard(String text, List<SectionKey> sourceKeys, KnowledgeBase kb) {
        List<String> sourceTexts = new ArrayList<>();
        for (SectionKey key : sourceKeys) {
            kb.find(key.docId()).ifPresent(doc -> {
                sourceTexts.add(doc.title());
                doc.eligibility().forEach(c -> sourceTexts.add(c.label() + " " + String.join(", ", c.allowed())
                        + (c.note() == null ? "" : " " + c.note()) + (c.quote() == null ? "" : " " + c.quote())));
                doc.section(key.section() == null ? "" : key.section()).map(Section::text).ifPresent(sourceTexts::add);
            });
        }
        // fixed replies (not found, refusals) carry no facts of a document; only document-based text is checked
        return sourceKeys.isEmpty() ? GuardResult.unchanged(text) : guardFor(kb).check(text, sourceTexts);
    }

    FactGuard guardFor(KnowledgeBase kb) {
        GuardFor current = guardFor;
        if (current.kb() != kb) {
            Set<String> organisations = new LinkedHashSet<>();
            kb.documents().forEach(d -> organisations.add(d.title()));
            organisations.addAll(kr.donggu.chatbot.eligibility.EnterpriseType.labels());
            current = new GuardFor(kb, new FactGuard(organisations));
            guardFor = current;
        }
        return current.guard();
    }

    private static List<Source> sources(List<SectionKey> keys, KnowledgeBase kb) {
        List<Source> out = new ArrayList<>();
        for (SectionKey key : new LinkedHashSet<>(keys)) {
            kb.find(key.docId()).ifPresent(d -> out.add(new Source(d.id(), d.title(), key.section(), d.url())));
        }
        return out;
    }
}
