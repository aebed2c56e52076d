package kr.donggu.chatbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: {@code db/migration/V<n>__*.sql} on the classpath, applied in order, each in one
 * transaction, recorded in {@code schema_version}. Add a file and a line to {@link #SCRIPTS}; never edit an old one.
 */
final class Migrations {

    static final List<String> SCRIPTS = List.of("V1__init.sql", "V4__audit.sql");

    private Migrations() {
    }

    static void apply(Jdbc jdbc) {
        jdbc.update("create schema_version", "CREATE TABLE IF NOT EXISTS schema_version "
                + "(version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at INTEGER NOT NULL)");
        int current = jdbc.one("read schema version", "SELECT COALESCE(MAX(version), 0) FROM schema_version",
                rs -> rs.getInt(1)).orElse(0);
        for (int v = current + 1; v <= SCRIPTS.size(); v++) {
            String script = SCRIPTS.get(v - 1);
            String sql = read(script);
            int version = v;
            jdbc.inTransaction("apply migration " + script, c -> {
                try (Statement st = c.createStatement()) {
                    for (String statement : sql.split(";\\s*\\n")) {
                        if (!statement.isBlank()) {
                            st.execute(statement);
                        }
                    }
                }
                return Jdbc.update(c, "INSERT INTO schema_version(version, script, applied_at) VALUES (?, ?, ?)",
                        version, script, System.currentTimeMillis());
            });
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration script " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration script " + script, e);
        }
    }
}
