package kr.donggu.chatbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void keeps_every_action_newest_first_across_restarts() {
        Instant at = Instant.parse("2026-11-24T03:00:00Z");
        try (Database db = Database.open(dir)) {
            db.audit().record(new Records.AuditEntry(at, "admin", "reindex", null, "문서 15개"));
            db.audit().record(new Records.AuditEntry(at.plusSeconds(60), "kim", "ticket_status", "T-1", "open → closed"));
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.audit().recent(10)).containsExactly(
                    new Records.AuditEntry(at.plusSeconds(60), "kim", "ticket_status", "T-1", "open → closed"),
                    new Records.AuditEntry(at, "admin", "reindex", null, "문서 15개"));
            assertThat(db.audit().recent(1)).hasSize(1);
        }
    }

    @Test
    void entries_recorded_in_the_same_millisecond_keep_their_order() {
        Instant at = Instant.parse("2026-11-24T03:00:00Z");
        try (Database db = Database.open(dir)) {
            for (int i = 0; i < 20; i++) {
                db.audit().record(new Records.AuditEntry(at, "admin", "reindex", null, "#" + i));
            }
            assertThat(db.audit().recent(3)).extracting(Records.AuditEntry::detail).containsExactly("#19", "#18", "#17");
        }
    }
}
