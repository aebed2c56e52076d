package kr.donggu.chatbot.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Session order across nodes: a PostgreSQL advisory lock per session, held on one pooled connection for the turn.
 * The turn's own statements run on that same connection (bound to the thread), so a turn needs one connection, not
 * two. A node that dies drops its connections and PostgreSQL releases their locks at once.
 */
final class AdvisorySessionLocks implements SessionLocks {

    /** First key of the two-key lock space, so session locks never meet other advisory locks (Bucket4j's, Flyway's). */
    private static final int NAMESPACE = 0x5e55_1017;

    private final Jdbc jdbc;
    private final HikariDataSource pool;

    AdvisorySessionLocks(Jdbc jdbc, HikariDataSource pool) {
        this.jdbc = jdbc;
        this.pool = pool;
    }

    @Override
    public <T> T inOrder(String sessionId, Supplier<T> work) {
        String what = "lock session " + sessionId;
        Connection c = connection(what);
        boolean locked = false;
        try {
            call(c, "SELECT pg_advisory_lock(?, ?)", sessionId.hashCode(), (int) SessionLocks.WAIT.toSeconds());
            locked = true;
            return jdbc.boundTo(c, work);
        } catch (SQLException e) {
            throw jdbc.dialect().failure(what, e);
        } finally {
            release(c, sessionId, locked);
        }
    }

    private Connection connection(String what) {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw jdbc.dialect().failure(what, e);
        }
    }

    private static void call(Connection c, String sql, int key, int timeoutSeconds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setQueryTimeout(timeoutSeconds);
            ps.setInt(1, NAMESPACE);
            ps.setInt(2, key);
            ps.execute();
        }
    }

    /** A connection that might still hold the lock never goes back to the pool: it is closed for good instead. */
    private void release(Connection c, String sessionId, boolean locked) {
        try {
            if (locked) {
                call(c, "SELECT pg_advisory_unlock(?, ?)", sessionId.hashCode(), 5);
            }
            c.close();
        } catch (SQLException e) {
            pool.evictConnection(c);
        }
    }
}
