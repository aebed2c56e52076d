package kr.donggu.chatbot.chat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.donggu.chatbot.answer.Replies;
import kr.donggu.chatbot.guard.ClaimGuard;
import kr.donggu.chatbot.guard.ClaimGuards;
import kr.donggu.chatbot.guard.ClaimKind;
import kr.donggu.chatbot.guard.GuardResult;
import kr.donggu.chatbot.guard.SentenceVerdict;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import kr.donggu.chatbot.knowledge.QuestionKind;
import kr.donggu.chatbot.knowledge.SectionKey;

/**
 * Everything an answer passes through after the model, in every mode: the fact guard against its cited sections,
 * the year label of dated programs, the English note, the source lines, and quick replies.
 */
final class ReplyFinisher {

    /** {@code focusLost}: the guard removed the sentence that answered what was asked, and nothing kept does. */
    record Finished(String text, boolean answered, String reason, List<Source> sources, List<String> quickReplies,
                    GuardResult guard, boolean focusLost) {
    }

    private final Clock clock;
    private final java.util.function.UnaryOperator<String> understand;
    /** The guard for the knowledge it was built from; rebuilt only when the knowledge is reloaded. */
    private final ClaimGuards guards = new ClaimGuards();

    /**
     * @param understand the message as the bot reads it: time words are judged in the question itself, not in the
     *                   chat around it ("요즘 경기가 안 좋아서…" is not asking about now)
     */
    ReplyFinisher(Clock clock, java.util.function.UnaryOperator<String> understand) {
        this.clock = clock;
        this.understand = understand;
    }

    Finished finish(Draft draft, String question, KnowledgeBase kb, boolean claimsToCheck) {
        List<Source> sources = sources(draft.sources(), kb);
        GuardResult guard = claimsToCheck ? guard(draft, kb) : GuardResult.unchanged(draft.text());
        boolean focusLost = focusLost(guard, kb.vocabulary().lexicon().kindOf(question));
        boolean answered = draft.answered() && !focusLost;
        String reason = focusLost && draft.answered() ? "guard_removed_focus" : draft.reason();
        String text = guard.text();
        if (guard.nothingLeft() && !sources.isEmpty()) {
            return new Finished(Replies.NOT_FOUND, false, "guard_removed_all", List.of(), QuickReplies.START, guard,
                    true);
        }
        Optional<ProgramDocument> doc = sources.isEmpty() ? Optional.empty() : kb.find(draft.programId());
        List<String> lines = new ArrayList<>();
        if (answered && Intents.isMostlyEnglish(question)) {
            lines.add(Replies.ENGLISH_NOTE);
        }
        lines.add(text);
        if (doc.isPresent()) {
            Optional<TimeAwareness.Verdict> time = TimeAwareness.judge(doc.get(), understand.apply(question), LocalDate.now(clock),
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
        return new Finished(String.join("\n", lines), answered, reason, sources, quick, guard, focusLost);
    }

    private GuardResult guard(Draft draft, KnowledgeBase kb) {
        // fixed replies (not found, refusals) carry no facts of a document; only document-based text is checked
        if (draft.sources().isEmpty()) {
            return GuardResult.unchanged(draft.text());
        }
        ClaimGuard guard = guardFor(kb);
        return guard.check(draft.text(), guard.evidenceFor(kb, draft.text(), docIds(draft.sources()),
                draft.programId()));
    }

    ClaimGuard guardFor(KnowledgeBase kb) {
        return guards.forKnowledge(kb);
    }

    /**
     * Whether the guard took away the answer to what was asked: a removed sentence carried the kind of fact the
     * question asks for (a count for 몇 개, a date for 언제) and no kept one does, or no claim is left at all.
     */
    static boolean focusLost(GuardResult guard, QuestionKind kind) {
        if (!guard.changed()) {
            return false;
        }
        Set<ClaimKind> focus = Focus.of(kind);
        boolean claimKept = guard.verdicts().stream().anyMatch(v -> v.kept() && v.evidence() != null);
        return focus.isEmpty() ? !claimKept : guard.removedAny(focus) && !guard.keptAny(focus);
    }

    /**
     * The model's answer with its focus restored from the embedded answer over the same documents: the kept model
     * sentences, then the embedded answer's sentences that carry the asked-for fact (the documented 4개소), or a
     * plain statement that the documents do not have it.
     */
    Draft withFocusFrom(Draft model, Finished checked, Draft embedded, String question, KnowledgeBase kb) {
        QuestionKind kind = kb.vocabulary().lexicon().kindOf(question);
        Set<ClaimKind> focus = Focus.of(kind);
        GuardResult fromEmbedded = guard(embedded, kb);
        List<String> focusSentences = fromEmbedded.verdicts().stream()
                .filter(v -> v.kept() && v.evidence() != null
                        && (focus.isEmpty() || v.carries().stream().anyMatch(focus::contains)))
                .map(SentenceVerdict::sentence).map(String::strip).toList();
        boolean found = embedded.answered() && !focusSentences.isEmpty();
        String kept = checked.guard().text();
        String added = found ? String.join(" ", focusSentences) : Replies.detailMissing(Focus.label(kind));
        Set<SectionKey> keys = new LinkedHashSet<>(model.sources());
        keys.addAll(embedded.sources());
        return new Draft((kept.isBlank() ? "" : kept + "\n") + added, found, found ? null : "detail_missing",
                List.copyOf(keys), model.programId(), model.mode(), model.nextState(), model.quickReplies());
    }

    private static List<String> docIds(List<SectionKey> sourceKeys) {
        return sourceKeys.stream().map(SectionKey::docId).distinct().toList();
    }

    private static List<Source> sources(List<SectionKey> keys, KnowledgeBase kb) {
        List<Source> out = new ArrayList<>();
        for (SectionKey key : new LinkedHashSet<>(keys)) {
            kb.find(key.docId()).ifPresent(d -> out.add(new Source(d.id(), d.title(), key.section(), d.url())));
        }
        return out;
    }
}
