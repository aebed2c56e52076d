package kr.donggu.chatbot.chat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** The answer to one message, as the contract's 200 body. {@code programId} and {@code reason} stay internal. */
public record ChatReply(String sessionId, String messageId, String answer, boolean answered, List<Source> sources,
                        List<String> quickReplies, String mode,
                        @JsonIgnore String programId, @JsonIgnore String reason) {
}
