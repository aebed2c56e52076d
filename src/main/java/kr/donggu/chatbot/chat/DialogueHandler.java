package kr.donggu.chatbot.chat;

import java.util.Optional;

/**
 * A guided dialogue that may take over a turn (the eligibility check, the hand-off to a person). It answers only when
 * the message starts such a dialogue or continues one under way; otherwise the normal answer pipeline runs.
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
}
