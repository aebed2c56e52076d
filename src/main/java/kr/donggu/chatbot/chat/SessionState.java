package kr.donggu.chatbot.chat;

import java.util.Map;

/**
 * What the bot remembers of a conversation between turns, stored as JSON with the session so it survives a restart
 * and is shared by every node: the document being discussed ({@code programId}, kept for the guided dialogues), the
 * state of a guided dialogue if one is under way, and the {@link ConversationState} that follow-ups are resolved with.
 */
public record SessionState(String programId, Map<String, String> dialogue, ConversationState conversation) {

    public static final SessionState NEW = new SessionState(null, Map.of(), ConversationState.NEW);

    public SessionState {
        dialogue = dialogue == null ? Map.of() : Map.copyOf(dialogue);
        conversation = conversation == null ? ConversationState.NEW : conversation;
    }

    public SessionState withProgram(String id) {
        return new SessionState(id, dialogue, conversation);
    }

    public SessionState withDialogue(Map<String, String> next) {
        return new SessionState(programId, Map.copyOf(next), conversation);
    }

    public SessionState withConversation(ConversationState next) {
        return new SessionState(next.focus() != null ? next.focus() : programId, dialogue, next);
    }
}
