package kr.donggu.chatbot.chat;

import java.util.List;

/**
 * An answer before it is checked, decorated and stored. {@code sourceKeys} are "docId\tsection" of the sections
 * the answer rests on.
 */
public record Draft(String text, boolean answered, String reason, List<String> sourceKeys, String programId,
                    String mode, SessionState nextState, List<String> quickReplies) {

    public static Draft fixed(String text, String reason, SessionState state, String mode) {
        return new Draft(text, false, reason, List.of(), state.programId(), mode, state, List.of());
    }
}
