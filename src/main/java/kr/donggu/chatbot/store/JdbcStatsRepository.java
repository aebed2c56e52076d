package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link StatsRepository}; only the day grouping differs between the databases. */
final class JdbcStatsRepository implements StatsRepository {

    private static final String PERIOD = "created_at >= ? AND created_at < ?";

    private final Jdbc jdbc;
    private final String kstDay;

    JdbcStatsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.kstDay = "SELECT " + jdbc.dialect().dayOf("created_at") + " d";
    }

    @Override
    public List<Records.UnansweredQuestion> unanswered(int limit) {
        return jdbc.list("read unanswered questions", "SELECT message_id, session_id, question, reason, created_at "
                        + "FROM unanswered WHERE resolved_by IS NULL ORDER BY created_at DESC LIMIT ?",
                rs -> new Records.UnansweredQuestion(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))), limit);
    }

    @Override
    public Records.Stats stats(Instant from, Instant to) {
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        long questions = count("SELECT COUNT(*) FROM messages WHERE " + PERIOD, start, end);
        long answered = count("SELECT COUNT(*) FROM messages WHERE " + PERIOD + " AND answered = 1", start, end);
        return new Records.Stats(questions, answered, questions == 0 ? 0 : (double) answered / questions,
                grouped(kstDay + ", COUNT(*) FROM messages WHERE " + PERIOD + " GROUP BY d ORDER BY d", start, end),
                grouped(kstDay + ", SUM(answered) FROM messages WHERE " + PERIOD + " GROUP BY d ORDER BY d",
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
