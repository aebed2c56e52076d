package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link StatsRepository}; only the day grouping differs between the databases. */
final class JdbcStatsRepository implements StatsRepository {

    private final Jdbc jdbc;

    JdbcStatsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Records.UnansweredQuestion> unanswered(int limit) {
        return jdbc.list("read unanswered questions", "SELECT message_id, session_id, question, reason, created_at "
                        + "FROM unanswered ORDER BY created_at DESC LIMIT ?",
                rs -> new Records.UnansweredQuestion(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))), limit);
    }

    @Override
    public Records.Stats stats(Instant since) {
        long from = since.toEpochMilli();
        long questions = count("SELECT COUNT(*) FROM messages WHERE created_at >= ?", from);
        long answered = count("SELECT COUNT(*) FROM messages WHERE created_at >= ? AND answered = 1", from);
        return new Records.Stats(questions, answered, questions == 0 ? 0 : (double) answered / questions,
                grouped("SELECT " + jdbc.dialect().dayOf("created_at") + " d, COUNT(*) "
                        + "FROM messages WHERE created_at >= ? GROUP BY d ORDER BY d", from),
                grouped("SELECT program_id, COUNT(*) n FROM messages WHERE created_at >= ? AND program_id IS NOT NULL "
                        + "GROUP BY program_id ORDER BY n DESC, program_id LIMIT 10", from),
                grouped("SELECT channel, COUNT(*) n FROM messages WHERE created_at >= ? GROUP BY channel "
                        + "ORDER BY n DESC, channel", from));
    }

    private long count(String sql, long from) {
        return jdbc.one("count messages", sql, rs -> rs.getLong(1), from).orElse(0L);
    }

    private Map<String, Long> grouped(String sql, long from) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.list("group messages", sql, rs -> out.put(rs.getString(1), rs.getLong(2)), from);
        return out;
    }
}
