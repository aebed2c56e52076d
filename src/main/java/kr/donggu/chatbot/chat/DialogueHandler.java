package kr.donggu.chatbot.chat;

import java.util.Optional;

/**
 * A guided dialogue that may take over a turn (the eligibility check). It answers only when the message starts
 * such a dialogue or continues one under way; otherwise the normal answer pipeline runs, and the dialogue is told
 * of that turn through {@link #passed}.
 */
public interface DialogueHandler {

    Optional<Draft> handle(String maskedMessage, SessionState state, String mode);

    /**
     * The pipeline answered a turn no dialogue took. {@code before} is the state the turn started with (its
     * dialogue map included); {@code answer}'s next state has none. A dialogue may keep what it heard, pause
     * rather than end, and offer a way back; by default it ends, and the answer is returned as it is.
     */
    default Draft passed(String maskedMessage, SessionState before, Draft answer) {
        return answer;
    }
}
