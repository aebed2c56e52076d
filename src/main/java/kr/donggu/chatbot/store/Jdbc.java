package kr.donggu.chatbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Small helpers over the pool: statements with parameters, rows mapped, transactions, failures wrapped (unavailable
 * ones as {@link StoreUnavailableException}). A connection can be bound to the current thread for a while, so that a
 * session lock held on it and the turn's statements share one connection instead of needing two.
 */
final class Jdbc {

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource pool;
    private final Dialect dialect;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

    Jdbc(DataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    DataSource pool() {
        return pool;
    }

    int update(String what, String sql, Object... params) {
        return inConnection(what, c -> update(c, sql, params));
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    <T> List<T> list(String what, String sql, RowMapper<T> mapper, Object... params) {
        return inConnection(what, c -> list(c, sql, mapper, params));
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    <T> Optional<T> one(String what, String sql, RowMapper<T> mapper, Object... params) {
        return list(what, sql, mapper, params).stream().findFirst();
    }

    <T> T inConnection(String what, Work<T> work) {
        Connection c = bound.get();
        try {
            if (c != null) {
                return work.run(c);
            }
            try (Connection pooled = pool.getConnection()) {
                return work.run(pooled);
            }
        } catch (SQLException e) {
            throw dialect.failure(what, e);
        }
    }

    /** Runs {@code work} in one transaction; SQLite's pooled connections begin IMMEDIATE, so writers queue, not fail. */
    <T> T inTransaction(String what, Work<T> work) {
        return inConnection(what, c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                restoreAutoCommit(c);
            }
        });
    }

    /** Every statement this thread runs through this object during {@code work} uses {@code c}. */
    <T> T boundTo(Connection c, Supplier<T> work) {
        Connection previous = bound.get();
        bound.set(c);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                bound.remove();
            } else {
                bound.set(previous);
            }
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // likewise broken: the failure already thrown, if any, says what went wrong
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it, and the original failure is what matters
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
