package kr.donggu.chatbot.chat;

import java.util.Map;

/**
 * What the bot remembers of a conversation between turns, stored as JSON with the session so it survives a restart:
 * the program being discussed (for follow-ups) and the state of a guided dialogue, if one is under way.
 */
public record SessionState(String programId, Map<String, String> dialogue) {

    public static final SessionState NEW = new SessionState(null, Map.of());

    public SessionState withProgram(String id) {
        return new SessionState(id, dialogue);
    }

    public SessionState withDialogue(Map<String, String> next) {
        return new SessionState(programId, Map.copyOf(next));
    }
}
