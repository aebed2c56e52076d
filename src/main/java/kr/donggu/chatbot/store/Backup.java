package kr.donggu.chatbot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Online backup of the embedded store, safe while the service runs:
 * {@code java -cp donggu-chatbot.jar kr.donggu.chatbot.store.Backup DATA_DIR /backup/chatbot-2026-12-01.db}.
 * SQLite's {@code VACUUM INTO} writes one consistent, compacted copy (a snapshot: turns committed after it began are
 * not in it). Restore: stop the service, put the copy in place as {@code DATA_DIR/chatbot.db}, delete
 * {@code chatbot.db-wal} and {@code chatbot.db-shm}, start. PostgreSQL is backed up with {@code pg_dump} instead.
 */
public final class Backup {

    private Backup() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: Backup DATA_DIR TARGET_FILE");
            System.exit(2);
        }
        sqlite(Path.of(args[0]), Path.of(args[1]));
        System.out.println("Backed up to " + args[1]);
    }

    /** Writes a consistent copy of {@code dataDir/chatbot.db} to {@code target}, which must not exist yet. */
    public static void sqlite(Path dataDir, Path target) {
        Path source = dataDir.resolve(Database.FILE_NAME);
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("No database at " + source);
        }
        if (Files.exists(target)) {
            throw new IllegalArgumentException("Will not overwrite " + target);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source);
             Statement st = c.createStatement()) {
            st.setQueryTimeout(600);
            st.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StoreException("back up " + source + " to " + target, e);
        }
    }
}
