package kr.donggu.chatbot.store;

import static kr.donggu.chatbot.store.StoreTesting.NOW;
import static kr.donggu.chatbot.store.StoreTesting.countInTurnOrder;
import static kr.donggu.chatbot.store.StoreTesting.turn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import kr.donggu.chatbot.support.Db;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, and what only the embedded store has: the file, its pragmas, its history. */
class SqliteStoreTest extends StoreContractTest {

    @TempDir
    Path dir;

    @Override
    Database open() {
        return Database.open(dir);
    }

    @Override
    List<String> column(String sql) {
        return Db.column(dir, sql);
    }

    @Test
    void configures_every_pooled_connection() {
        try (Database db = open()) {
            for (String pragma : List.of("journal_mode", "secure_delete", "foreign_keys")) {
                assertThat(db.jdbc().one(pragma, "PRAGMA " + pragma, rs -> rs.getString(1))).as(pragma)
                        .hasValueSatisfying(v -> assertThat(v).isIn("wal", "1"));
            }
            assertThat(db.kind()).isEqualTo("sqlite");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"V1__init.sql", "V1__init.sql,V4__audit.sql"})
    void opens_a_database_made_by_the_old_hand_written_migrator(String applied) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, "
                    + "applied_at INTEGER NOT NULL)");
            int version = 0;
            for (String script : applied.split(",")) {
                for (String statement : resource("/db/migration/sqlite/" + script).split(";\\s*\\n")) {
                    st.execute(statement);
                }
                st.execute("INSERT INTO schema_version VALUES (" + ++version + ", '" + script + "', 0)");
            }
            st.execute("INSERT INTO sessions VALUES ('s-old', 'web', 0, 0, '{\"programId\":\"a\"}')");
        }

        try (Database db = open()) {
            assertThat(db.conversations().sessionState("s-old")).contains("{\"programId\":\"a\"}");
            String ticket = db.handoffs().create("s-old", "홍길동", "010-1111-2222", "문의", NOW);
            assertThat(db.handoffs().updateStatus(ticket, "closed", NOW)).isTrue();
            db.audit().record(new Records.AuditEntry(NOW, "admin", "reindex", null, null));
        }
        assertThat(column("SELECT version || ':' || type FROM flyway_schema_history ORDER BY installed_rank"))
                .containsExactly("1:BASELINE", "4:SQL", "5:SQL", "6:SQL", "7:SQL");
    }

    @Test
    void purged_text_is_no_longer_in_the_database_files() throws IOException {
        String marker = "비밀표지-7Q4Z";
        try (Database db = open()) {
            db.conversations().saveTurn(new Turn("m-1", "s-1", "web", null, "질문 " + marker, "답변 " + marker, false,
                    "not_found", List.of(), null, 1, "embedded", NOW.minus(Duration.ofDays(200))), "{}");
            String ticket = db.handoffs().create("s-1", "이름 " + marker, "010-1111-2222", "문의 " + marker, NOW);
            db.handoffs().updateStatus(ticket, "closed", NOW.minus(Duration.ofDays(200)));
        }
        assertThat(filesContain(marker)).as("the text is written before the purge").isTrue();

        try (Database db = open()) {
            db.retention(90, Clock.fixed(NOW, ZoneOffset.UTC)).purge();
        }

        assertThat(filesContain(marker)).isFalse();
    }

    private boolean filesContain(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(Database.FILE_NAME)).toList()) {
                if (indexOf(Files.readAllBytes(f), needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String resource(String path) throws IOException {
        try (var in = SqliteStoreTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
