package kr.donggu.chatbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database under {@code DATA_DIR}: one HikariCP pool whose every connection has WAL, synchronous=NORMAL
 * (survives a process kill), a busy timeout, foreign keys on and IMMEDIATE transactions (so concurrent writers queue
 * instead of failing with SQLITE_BUSY_SNAPSHOT). Migrations run at open.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "chatbot.db";
    private static final int POOL_SIZE = 4;

    private final HikariDataSource pool;
    private final Jdbc jdbc;
    private final SqliteChatMemoryStore chatMemory;
    private final AuditRepository audit;
    private TurnWriter writer;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbc = new Jdbc(pool);
        this.chatMemory = new SqliteChatMemoryStore(jdbc);
        this.audit = new AuditRepository(jdbc);
    }

    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create DATA_DIR " + dataDir, e);
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout(10_000);
        sqlite.enforceForeignKeys(true);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl("jdbc:sqlite:" + dataDir.resolve(FILE_NAME));
        hc.setDataSourceProperties(sqlite.toProperties());
        hc.setMaximumPoolSize(POOL_SIZE);
        hc.setPoolName("sqlite");
        Database db = new Database(new HikariDataSource(hc));
        try {
            Migrations.apply(db.jdbc);
            db.writer = new TurnWriter(db.jdbc);
        } catch (RuntimeException e) {
            db.close();
            throw new IllegalStateException("Cannot open the database " + dataDir.resolve(FILE_NAME)
                    + ": it is not a usable SQLite database", e);
        }
        return db;
    }

    public ConversationRepository conversations() {
        return new ConversationRepository(jdbc, writer);
    }

    public FeedbackRepository feedback() {
        return new FeedbackRepository(jdbc);
    }

    public HandoffRepository handoffs() {
        return new HandoffRepository(jdbc);
    }

    public SqliteChatMemoryStore chatMemory() {
        return chatMemory;
    }

    /** One for the application: its ids keep the order of entries recorded within one millisecond. */
    public AuditRepository audit() {
        return audit;
    }

    public StatsRepository stats() {
        return new StatsRepository(jdbc);
    }

    public RetentionJob retention(int retentionDays, Clock clock) {
        return new RetentionJob(jdbc, retentionDays, clock);
    }

    public String integrityCheck() {
        return jdbc.one("integrity check", "PRAGMA integrity_check", rs -> rs.getString(1)).orElse("no result");
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();   // commits what is queued before the pool goes
        }
        pool.close();
    }
}
