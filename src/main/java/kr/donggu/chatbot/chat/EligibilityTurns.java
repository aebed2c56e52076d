package kr.donggu.chatbot.chat;

import java.util.List;
import java.util.Optional;
import kr.donggu.chatbot.knowledge.SectionKey;
import kr.donggu.chatbot.eligibility.EligibilityDialogue;

/** The eligibility dialogue as a {@link DialogueHandler}: its state lives in the session's dialogue map. */
public final class EligibilityTurns implements DialogueHandler {

    private final EligibilityDialogue dialogue;

    public EligibilityTurns(EligibilityDialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public Optional<Draft> handle(String maskedMessage, SessionState state, String mode) {
        return dialogue.handle(maskedMessage, state.dialogue(), state.programId()).map(turn -> {
            String program = turn.programId() != null ? turn.programId() : state.programId();
            List<SectionKey> sources = turn.sourceKeys().stream()
                    .map(k -> k.split("\t", 2)).map(p -> new SectionKey(p[0], p.length > 1 ? p[1] : null)).toList();
            return new Draft(turn.text(), turn.answered(), null, sources, program, mode,
                    state.withDialogue(turn.nextState()).withProgram(program), turn.quickReplies());
        });
    }
}
