package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.List;

/** What the operators' console shows: unanswered questions and simple statistics. */
public interface StatsRepository {

    /** Newest first; without those a curated answer now covers. */
    List<Records.UnansweredQuestion> unanswered(int limit);

    /** Questions asked since {@code since}; days are KST dates. */
    default Records.Stats stats(Instant since) {
        return stats(since, Instant.ofEpochMilli(Long.MAX_VALUE));
    }

    /** Questions asked from {@code from} (inclusive) to {@code to} (exclusive); days are KST dates. */
    Records.Stats stats(Instant from, Instant to);
}
