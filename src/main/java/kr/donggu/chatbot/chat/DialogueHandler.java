package kr.donggu.chatbot.chat;

import java.util.Optional;

/**
 * A guided dialogue that may take over a turn (the eligibility check, the hand-off to a person). It answers only when
 * the message starts such a dialogue or continues one under way; otherwise the normal answer pipeline runs, and the
 * dialogue is told of that turn through {@link #passed}.
 */
public interface DialogueHandler {

    /**
     * One message as a dialogue sees it. {@code raw} is the message as typed, before masking: only a dialogue that
     * must pass on a contact detail (the hand-off ticket) reads it, and never puts it in a reply or its state.
     * {@code noPersonalData} means the platform said this user must not be asked for personal data (Naver's under-14).
     */
    record Input(String sessionId, String masked, String raw, boolean noPersonalData) {
    }

    Optional<Draft> handle(String maskedMessage, SessionState state, String mode);

    default Optional<Draft> handle(Input input, SessionState state, String mode) {
        return handle(input.masked(), state, mode);
    }

    /**
     * The pipeline answered a turn no dialogue took. {@code before} is the state the turn started with (its
     * dialogue map included); {@code answer}'s next state has none. A dialogue may keep what it heard, pause
     * rather than end, and offer a way back; by default it ends, and the answer is returned as it is.
     */
    default Draft passed(String maskedMessage, SessionState before, Draft answer) {
        return answer;
    }
}
