package kr.donggu.chatbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The embedded store: one SQLite file in {@code DATA_DIR} and one node. Every pooled connection has WAL,
 * synchronous=NORMAL (survives a process kill), a busy timeout, foreign keys, IMMEDIATE transactions (concurrent
 * writers queue instead of failing with SQLITE_BUSY_SNAPSHOT) and secure_delete, so purged text is overwritten in
 * the file rather than left in free pages.
 */
final class SqliteBackend implements Backend {

    private static final int POOL_SIZE = 4;

    private final HikariDataSource pool;
    private final Jdbc jdbc;
    private final TurnWriter writer;
    private final LocalSessionLocks locks = new LocalSessionLocks();
    private final SingleNodeEvents events = new SingleNodeEvents();
    private final LocalRateBuckets rateBuckets = new LocalRateBuckets();

    private SqliteBackend(HikariDataSource pool, Path file) {
        this.pool = pool;
        this.jdbc = new Jdbc(pool, Dialect.SQLITE);
        Schema.migrate(pool, Dialect.SQLITE);
        this.writer = new TurnWriter(jdbc, file.getParent().toString());
    }

    static SqliteBackend open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create DATA_DIR " + dataDir, e);
        }
        Path file = dataDir.resolve(Database.FILE_NAME);
        HikariDataSource pool = new HikariDataSource(config(file));
        try {
            return new SqliteBackend(pool, file);
        } catch (RuntimeException e) {
            pool.close();
            throw new IllegalStateException("Cannot open the database " + file + ": it is not a usable SQLite database", e);
        }
    }

    private static HikariConfig config(Path file) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout(10_000);
        sqlite.enforceForeignKeys(true);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        sqlite.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl("jdbc:sqlite:" + file);
        hc.setDataSourceProperties(sqlite.toProperties());
        hc.setMaximumPoolSize(POOL_SIZE);
        hc.setPoolName("sqlite");
        return hc;
    }

    @Override
    public String kind() {
        return "sqlite";
    }

    @Override
    public Jdbc jdbc() {
        return jdbc;
    }

    @Override
    public TurnSink turns() {
        return writer;
    }

    @Override
    public SessionLocks locks() {
        return locks;
    }

    @Override
    public ClusterEvents events() {
        return events;
    }

    @Override
    public RateBuckets rateBuckets() {
        return rateBuckets;
    }

    /** secure_delete zeroes freed pages in the file; a truncating checkpoint also empties the WAL that held them. */
    @Override
    public void afterPurge() {
        jdbc.one("checkpoint after purge", "PRAGMA wal_checkpoint(TRUNCATE)", rs -> rs.getInt(1));
    }

    @Override
    public Optional<String> problem() {
        return writer.problem();
    }

    @Override
    public String integrityCheck() {
        return jdbc.one("integrity check", "PRAGMA integrity_check", rs -> rs.getString(1)).orElse("no result");
    }

    @Override
    public void close() {
        writer.close();   // commits what is queued before the pool goes
        pool.close();
    }
}
