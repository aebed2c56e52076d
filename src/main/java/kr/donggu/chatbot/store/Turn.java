package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.List;

/** One question and its answer, as stored. {@code externalId} is the platform's message id, for de-duplication. */
public record Turn(String messageId, String sessionId, String channel, String externalId, String question,
                   String answer, boolean answered, String reason, List<SourceRef> sources, String programId,
                   long latencyMicros, String mode, Instant at) {
}
