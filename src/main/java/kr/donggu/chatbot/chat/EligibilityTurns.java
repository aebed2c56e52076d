package kr.donggu.chatbot.chat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.donggu.chatbot.eligibility.EligibilityDialogue;
import kr.donggu.chatbot.knowledge.SectionKey;

/**
 * The eligibility dialogue as a {@link DialogueHandler}. Its state lives in the session's dialogue map (keys
 * {@code elig.*}); the program under discussion is the session's {@link SessionState#programId()}. When another
 * question interrupts a check, the dialogue keeps its slots, pauses, and adds "자격 확인 계속하기" to the answer's
 * quick replies.
 */
public final class EligibilityTurns implements DialogueHandler {

    private final EligibilityDialogue dialogue;

    public EligibilityTurns(EligibilityDialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public Optional<Draft> handle(String maskedMessage, SessionState state, String mode) {
        return dialogue.handle(maskedMessage, state.dialogue(), state.programId()).map(turn -> {
            String program = turn.programId() != null ? turn.programId() : state.programId();
            return new Draft(turn.text(), turn.answered(), turn.reason(), keys(turn.sourceKeys()), program, mode,
                    state.withDialogue(turn.nextState()).withProgram(program), turn.quickReplies());
        });
    }

    @Override
    public Draft passed(String maskedMessage, SessionState before, Draft answer) {
        EligibilityDialogue.Passed kept = dialogue.passed(maskedMessage, before.dialogue());
        Map<String, String> next = new HashMap<>(answer.nextState().dialogue());
        next.putAll(kept.nextState());
        List<String> chips = answer.quickReplies();
        if (kept.resumeChip() != null) {
            List<String> base = chips.isEmpty()
                    ? QuickReplies.forDraft(dialogue.knowledge(), answer, maskedMessage) : chips;
            chips = new ArrayList<>(base.subList(0, Math.min(base.size(), QuickReplies.MAX - 1)));
            chips.add(kept.resumeChip());
        }
        return new Draft(answer.text(), answer.answered(), answer.reason(), answer.sources(), answer.programId(),
                answer.mode(), answer.nextState().withDialogue(next), chips);
    }

    /** The dialogue cites "docId\tsection" (it may not depend on the chat layer's types). */
    private static List<SectionKey> keys(List<String> sourceKeys) {
        return sourceKeys.stream().map(k -> k.split("\t", 2))
                .map(p -> new SectionKey(p[0], p.length > 1 ? p[1] : null)).toList();
    }
}
