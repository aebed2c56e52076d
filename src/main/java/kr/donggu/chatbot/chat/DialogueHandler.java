package kr.donggu.chatbot.chat;

import java.util.Optional;

/**
 * A guided dialogue that may take over a turn (the eligibility check). It answers only when the message starts
 * such a dialogue or continues one under way; otherwise the normal answer pipeline runs.
 */
public interface DialogueHandler {

    Optional<Draft> handle(String maskedMessage, SessionState state, String mode);
}
