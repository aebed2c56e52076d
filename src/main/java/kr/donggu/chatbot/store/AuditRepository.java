package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** What staff did in the console (re-index, ticket status, curated answers): who, when, what, to which item. */
public final class AuditRepository {

    /** Ids that sort in the order entries were recorded, even within one millisecond (or under a fixed clock). */
    private final AtomicLong sequence = new AtomicLong();

    private final Jdbc jdbc;

    AuditRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Records.AuditEntry entry) {
        jdbc.update("record audit entry " + entry.action(), "INSERT INTO audit(id, created_at, actor, action, target, "
                        + "detail) VALUES (?, ?, ?, ?, ?, ?)", nextId(), entry.at().toEpochMilli(),
                entry.actor(), entry.action(), entry.target(), entry.detail());
    }

    private String nextId() {
        long now = System.currentTimeMillis() * 1000;
        long seq = sequence.updateAndGet(last -> Math.max(last + 1, now));
        return String.format("%019d-%s", seq, UUID.randomUUID().toString().substring(0, 8));
    }

    /** Newest first. */
    public List<Records.AuditEntry> recent(int limit) {
        return jdbc.list("read audit entries", "SELECT created_at, actor, action, target, detail FROM audit "
                        + "ORDER BY created_at DESC, id DESC LIMIT ?",
                rs -> new Records.AuditEntry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), limit);
    }
}
