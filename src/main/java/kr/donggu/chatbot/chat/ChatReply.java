package kr.donggu.chatbot.chat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The answer to one message, as the contract's 200 body. {@code programId}, {@code reason} and {@code replayed} (the
 * message was a platform's repeated delivery, already answered) stay internal.
 */
public record ChatReply(String sessionId, String messageId, String answer, boolean answered, List<Source> sources,
                        List<String> quickReplies, String mode,
                        @JsonIgnore String programId, @JsonIgnore String reason, @JsonIgnore boolean replayed) {
}
