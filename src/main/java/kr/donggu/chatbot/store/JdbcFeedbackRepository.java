package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.List;

/** {@link FeedbackRepository} in SQL that both databases run. */
final class JdbcFeedbackRepository implements FeedbackRepository {

    private final Jdbc jdbc;

    JdbcFeedbackRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean save(String sessionId, String messageId, String rating, String comment, Instant at) {
        return jdbc.inTransaction("save feedback on message " + messageId, c -> {
            boolean exists = !Jdbc.list(c, "SELECT 1 FROM messages WHERE id = ? AND session_id = ?", rs -> 1,
                    messageId, sessionId).isEmpty();
            if (exists) {
                Jdbc.update(c, "INSERT INTO feedback(message_id, session_id, rating, comment, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)", messageId, sessionId, rating, comment, at.toEpochMilli());
            }
            return exists;
        });
    }

    @Override
    public List<Records.FeedbackView> recent(int limit) {
        return jdbc.list("read feedback", """
                SELECT f.message_id, f.session_id, f.rating, f.comment, m.question, m.answer, f.created_at
                FROM feedback f JOIN messages m ON m.id = f.message_id ORDER BY f.id DESC LIMIT ?""",
                rs -> new Records.FeedbackView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7))), limit);
    }
}
