package kr.donggu.chatbot.chat;

import java.util.List;
import kr.donggu.chatbot.knowledge.SectionKey;

/**
 * An answer before it is checked, decorated and stored. {@code sources} are the sections the answer rests on;
 * {@code programId} is the document it is about (null when it lists several, or rests on none).
 */
public record Draft(String text, boolean answered, String reason, List<SectionKey> sources, String programId,
                    String mode, SessionState nextState, List<String> quickReplies) {

    public static Draft fixed(String text, String reason, SessionState state, String mode) {
        return new Draft(text, false, reason, List.of(), state.programId(), mode, state, List.of());
    }
}
