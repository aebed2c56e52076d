package kr.donggu.chatbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    @TempDir
    Path live;
    @TempDir
    Path backups;
    @TempDir
    Path restored;

    @Test
    void backs_up_a_database_in_use_and_the_copy_opens_as_a_data_dir() throws Exception {
        try (Database db = Database.open(live)) {
            db.conversations().saveTurn(StoreTesting.turn("m-1", "s-1", true, null, NOW), "{\"programId\":\"a\"}");

            Backup.sqlite(live, backups.resolve("copy.db"));   // while the service holds the database open
        }
        Files.copy(backups.resolve("copy.db"), restored.resolve(Database.FILE_NAME));

        try (Database db = Database.open(restored)) {
            assertThat(db.conversations().findMessage("m-1")).isPresent();
            assertThat(db.conversations().sessionState("s-1")).contains("{\"programId\":\"a\"}");
        }
    }

    @Test
    void never_overwrites_an_existing_file() throws Exception {
        try (Database db = Database.open(live)) {
            Files.writeString(backups.resolve("taken.db"), "older backup");

            assertThatThrownBy(() -> Backup.sqlite(live, backups.resolve("taken.db")))
                    .hasMessageContaining("Will not overwrite");
            assertThat(Files.readString(backups.resolve("taken.db"))).isEqualTo("older backup");
        }
    }
}
