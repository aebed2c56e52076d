package kr.donggu.chatbot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link ConversationRepository} in SQL that both databases run; turns go through the backend's {@link TurnSink}. */
final class JdbcConversationRepository implements ConversationRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UPSERT_SESSION = """
            INSERT INTO sessions(id, channel, created_at, updated_at, state_json) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at, state_json = excluded.state_json""";
    private static final String INSERT_MESSAGE = """
            INSERT INTO messages(id, session_id, channel, external_id, question, answer, answered, reason,
              sources_json, program_id, latency_us, mode, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_UNANSWERED =
            "INSERT INTO unanswered(message_id, session_id, question, reason, created_at) VALUES (?, ?, ?, ?, ?)";
    private static final String SELECT_MESSAGE = "SELECT id, session_id, channel, external_id, question, answer, "
            + "answered, reason, sources_json, program_id, latency_us, mode, created_at FROM messages ";
    /** Replies that are not failed questions: staff need not review them. */
    private static final List<String> NOT_FOR_STAFF = List.of("small_talk", "refused");

    private final Jdbc jdbc;
    private final TurnSink turns;
    private final SessionLocks locks;

    JdbcConversationRepository(Jdbc jdbc, TurnSink turns, SessionLocks locks) {
        this.jdbc = jdbc;
        this.turns = turns;
        this.locks = locks;
    }

    @Override
    public <T> T inTurnOrder(String sessionId, Supplier<T> turn) {
        return locks.inOrder(sessionId, turn);
    }

    @Override
    public Optional<String> sessionState(String sessionId) {
        return jdbc.one("read state of session " + sessionId, "SELECT state_json FROM sessions WHERE id = ?",
                rs -> rs.getString(1), sessionId);
    }

    @Override
    public void saveTurn(Turn t, String sessionStateJson) {
        try {
            turns.write("message " + t.messageId() + " of session " + t.sessionId(), c -> {
                long at = t.at().toEpochMilli();
                Jdbc.update(c, UPSERT_SESSION, t.sessionId(), t.channel(), at, at, sessionStateJson);
                Jdbc.update(c, INSERT_MESSAGE, t.messageId(), t.sessionId(), t.channel(), t.externalId(),
                        t.question(), t.answer(), t.answered() ? 1 : 0, t.reason(), json(t.sources()), t.programId(),
                        t.latencyMicros(), t.mode(), at);
                if (!t.answered() && !NOT_FOR_STAFF.contains(t.reason())) {
                    Jdbc.update(c, INSERT_UNANSWERED, t.messageId(), t.sessionId(), t.question(), t.reason(), at);
                }
            });
        } catch (DuplicateTurnException e) {
            throw new DuplicateTurnException(t.channel(), t.externalId());
        }
    }

    @Override
    public Optional<Turn> findMessage(String messageId) {
        return jdbc.one("find message " + messageId, SELECT_MESSAGE + "WHERE id = ?",
                JdbcConversationRepository::turn, messageId);
    }

    @Override
    public Optional<Turn> findByExternalId(String channel, String externalId) {
        return jdbc.one("find message " + externalId + " of " + channel,
                SELECT_MESSAGE + "WHERE channel = ? AND external_id = ?", JdbcConversationRepository::turn,
                channel, externalId);
    }

    @Override
    public List<Turn> history(String sessionId, int limit) {
        List<Turn> newestFirst = jdbc.list("read history of session " + sessionId,
                SELECT_MESSAGE + "WHERE session_id = ? ORDER BY created_at DESC, "
                        + jdbc.dialect().insertionOrder() + " DESC LIMIT ?",
                JdbcConversationRepository::turn, sessionId, limit);
        List<Turn> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public long countMessages() {
        return jdbc.one("count messages", "SELECT COUNT(*) FROM messages", rs -> rs.getLong(1)).orElse(0L);
    }

    @Override
    public void recordGuardAction(String messageId, String action, String detail, Instant at) {
        jdbc.update("record guard action for message " + messageId,
                "INSERT INTO guard_events(message_id, action, detail, created_at) VALUES (?, ?, ?, ?)",
                messageId, action, detail, at.toEpochMilli());
    }

    @Override
    public List<Records.GuardEvent> guardEvents(int limit) {
        return jdbc.list("read guard events", "SELECT message_id, action, detail, created_at FROM guard_events "
                        + "ORDER BY id DESC LIMIT ?",
                rs -> new Records.GuardEvent(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4))), limit);
    }

    private static Turn turn(ResultSet rs) throws SQLException {
        return new Turn(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7) == 1, rs.getString(8), sources(rs.getString(9)), rs.getString(10),
                rs.getLong(11), rs.getString(12), Instant.ofEpochMilli(rs.getLong(13)));
    }

    private static String json(List<SourceRef> sources) {
        try {
            return JSON.writeValueAsString(sources);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SourceRef> sources(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<SourceRef>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
