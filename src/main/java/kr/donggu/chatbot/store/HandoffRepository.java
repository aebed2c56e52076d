package kr.donggu.chatbot.store;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** Requests for a person from the district office: the only place contact details are kept. */
public final class HandoffRepository {

    public static final Set<String> STATUSES = Set.of("open", "in_progress", "closed");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Seoul"));
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbc jdbc;

    HandoffRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public String create(String sessionId, String name, String contact, String question, Instant at) {
        String id = "T-" + DAY.format(at) + "-" + String.format("%06d", RANDOM.nextInt(1_000_000));
        jdbc.update("create ticket " + id, "INSERT INTO tickets(id, session_id, name, contact, question, status, "
                + "created_at) VALUES (?, ?, ?, ?, ?, 'open', ?)", id, sessionId, name, contact, question, at.toEpochMilli());
        return id;
    }

    public List<Records.Ticket> list(int limit) {
        return jdbc.list("read tickets", "SELECT id, session_id, name, contact, question, status, created_at "
                + "FROM tickets ORDER BY created_at DESC LIMIT ?", rs -> new Records.Ticket(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                Instant.ofEpochMilli(rs.getLong(7))), limit);
    }

    public boolean updateStatus(String ticketId, String status) {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("Unknown ticket status " + status);
        }
        return jdbc.update("update ticket " + ticketId, "UPDATE tickets SET status = ? WHERE id = ?", status, ticketId) == 1;
    }
}
