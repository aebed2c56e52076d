package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the operators' console shows: unanswered questions and simple statistics. */
public final class StatsRepository {

    private static final String PERIOD = "created_at >= ? AND created_at < ?";
    private static final String KST_DAY = "SELECT strftime('%Y-%m-%d', created_at / 1000, 'unixepoch', '+9 hours') d";

    private final Jdbc jdbc;

    StatsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<Records.UnansweredQuestion> unanswered(int limit) {
        return jdbc.list("read unanswered questions", "SELECT message_id, session_id, question, reason, created_at "
                        + "FROM unanswered ORDER BY created_at DESC LIMIT ?",
                rs -> new Records.UnansweredQuestion(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))), limit);
    }

    public Records.Stats stats(Instant since) {
        return stats(since, Instant.ofEpochMilli(Long.MAX_VALUE));
    }

    /** Questions asked from {@code from} (inclusive) to {@code to} (exclusive); days are KST dates. */
    public Records.Stats stats(Instant from, Instant to) {
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        long questions = count("SELECT COUNT(*) FROM messages WHERE " + PERIOD, start, end);
        long answered = count("SELECT COUNT(*) FROM messages WHERE " + PERIOD + " AND answered = 1", start, end);
        return new Records.Stats(questions, answered, questions == 0 ? 0 : (double) answered / questions,
                grouped(KST_DAY + ", COUNT(*) FROM messages WHERE " + PERIOD + " GROUP BY d ORDER BY d", start, end),
                grouped(KST_DAY + ", SUM(answered) FROM messages WHERE " + PERIOD + " GROUP BY d ORDER BY d",
                        start, end),
                grouped("SELECT program_id, COUNT(*) n FROM messages WHERE " + PERIOD + " AND program_id IS NOT NULL "
                        + "GROUP BY program_id ORDER BY n DESC, program_id LIMIT 10", start, end),
                grouped("SELECT channel, COUNT(*) n FROM messages WHERE " + PERIOD + " GROUP BY channel "
                        + "ORDER BY n DESC, channel", start, end));
    }

    private long count(String sql, long start, long end) {
        return jdbc.one("count messages", sql, rs -> rs.getLong(1), start, end).orElse(0L);
    }

    private Map<String, Long> grouped(String sql, long start, long end) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.list("group messages", sql, rs -> out.put(rs.getString(1), rs.getLong(2)), start, end);
        return out;
    }
}
