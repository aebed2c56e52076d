package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.List;

/** What the operators' console shows: unanswered questions and simple statistics. */
public interface StatsRepository {

    List<Records.UnansweredQuestion> unanswered(int limit);

    Records.Stats stats(Instant since);
}
