package kr.donggu.chatbot.chat;

import java.util.Optional;
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
            return new Draft(turn.text(), turn.answered(), null, turn.sourceKeys(), program, mode,
                    state.withDialogue(turn.nextState()).withProgram(program), turn.quickReplies());
        });
    }
}
