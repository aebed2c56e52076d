package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.List;

/** Thumbs up or down on an answer, with an optional comment. */
public interface FeedbackRepository {

    /** False, and nothing written, when the session has no such message. */
    boolean save(String sessionId, String messageId, String rating, String comment, Instant at);

    List<Records.FeedbackView> recent(int limit);
}
