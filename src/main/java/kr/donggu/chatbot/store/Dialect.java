package kr.donggu.chatbot.store;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What differs between the two databases in SQL and in error codes. Everything else (tables, columns, upserts with
 * {@code ON CONFLICT}) is written once and runs on both.
 */
enum Dialect {

    SQLITE("sqlite", "rowid") {
        @Override
        String dayOf(String epochMillisColumn) {
            return "strftime('%Y-%m-%d', " + epochMillisColumn + " / 1000, 'unixepoch', '+9 hours')";
        }

        @Override
        boolean isUniqueViolation(SQLException e) {
            return e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                    || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
        }

        @Override
        boolean isUnavailable(SQLException e) {
            return e instanceof SQLiteException s && SQLITE_UNAVAILABLE.contains(s.getResultCode().code & 0xff);
        }
    },

    POSTGRESQL("postgresql", "seq") {
        @Override
        String dayOf(String epochMillisColumn) {
            return "to_char(to_timestamp(" + epochMillisColumn + " / 1000.0) AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD')";
        }

        @Override
        boolean isUniqueViolation(SQLException e) {
            return "23505".equals(e.getSQLState());
        }

        @Override
        boolean isUnavailable(SQLException e) {
            String state = e.getSQLState();
            // 08: connection exceptions; 57P01-03: shutdown, crash, cannot connect now; 57014: cancelled (timeout)
            return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("57014")
                    || state.equals("53300"));
        }
    };

    /** Primary result codes meaning the database cannot be used right now, not that the statement was wrong. */
    private static final Set<Integer> SQLITE_UNAVAILABLE = Set.of(
            SQLiteErrorCode.SQLITE_BUSY.code, SQLiteErrorCode.SQLITE_LOCKED.code, SQLiteErrorCode.SQLITE_IOERR.code,
            SQLiteErrorCode.SQLITE_FULL.code, SQLiteErrorCode.SQLITE_CANTOPEN.code,
            SQLiteErrorCode.SQLITE_READONLY.code);

    private final String folder;
    private final String insertionOrder;

    Dialect(String folder, String insertionOrder) {
        this.folder = folder;
        this.insertionOrder = insertionOrder;
    }

    /** The Flyway location of this database's migrations. */
    String migrations() {
        return "classpath:db/migration/" + folder;
    }

    /** A column that grows with each inserted message: the tie-breaker among messages of the same millisecond. */
    String insertionOrder() {
        return insertionOrder;
    }

    /** {@code yyyy-MM-dd} in Korean time of an epoch-milliseconds column. */
    abstract String dayOf(String epochMillisColumn);

    abstract boolean isUniqueViolation(SQLException e);

    /** The database is unreachable, stopping, busy or out of space: a 503 to the client, not a bug. */
    abstract boolean isUnavailable(SQLException e);

    /** A failure wrapped with what failed: unavailable ones as {@link StoreUnavailableException}. */
    StoreException failure(String what, SQLException e) {
        boolean unavailable = e instanceof SQLTransientConnectionException || e instanceof SQLRecoverableException
                || isUnavailable(e);
        return unavailable ? new StoreUnavailableException(what, e) : new StoreException(what, e);
    }
}
