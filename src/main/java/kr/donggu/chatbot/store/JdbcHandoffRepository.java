package kr.donggu.chatbot.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@link HandoffRepository} in SQL that both databases run. Ticket ids carry 48 random bits; should two ever meet,
 * the primary key refuses the second and it is retried with a new id, so a ticket is never lost or overwritten.
 */
final class JdbcHandoffRepository implements HandoffRepository {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Seoul"));
    private static final int ATTEMPTS = 5;
    private static final String INSERT = "INSERT INTO tickets(id, session_id, name, contact, question, status, "
            + "created_at) VALUES (?, ?, ?, ?, ?, 'open', ?)";

    private final Jdbc jdbc;
    private final Supplier<String> randomPart;

    JdbcHandoffRepository(Jdbc jdbc) {
        this(jdbc, () -> UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT));
    }

    /** {@code randomPart} is replaceable so a test can force a collision. */
    JdbcHandoffRepository(Jdbc jdbc, Supplier<String> randomPart) {
        this.jdbc = jdbc;
        this.randomPart = randomPart;
    }

    @Override
    public String create(String sessionId, String name, String contact, String question, Instant at) {
        for (int attempt = 1; ; attempt++) {
            String id = "T-" + DAY.format(at) + "-" + randomPart.get();
            boolean mayRetry = attempt < ATTEMPTS;
            boolean stored = jdbc.inConnection("create ticket " + id, c -> {
                try {
                    return Jdbc.update(c, INSERT, id, sessionId, name, contact, question, at.toEpochMilli()) == 1;
                } catch (java.sql.SQLException e) {
                    if (mayRetry && jdbc.dialect().isUniqueViolation(e)) {
                        return false;
                    }
                    throw e;
                }
            });
            if (stored) {
                return id;
            }
        }
    }

    @Override
    public List<Records.Ticket> list(int limit) {
        return jdbc.list("read tickets", "SELECT id, session_id, name, contact, question, status, created_at "
                + "FROM tickets ORDER BY created_at DESC LIMIT ?", rs -> new Records.Ticket(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                Instant.ofEpochMilli(rs.getLong(7))), limit);
    }

    @Override
    public boolean updateStatus(String ticketId, String status, Instant at) {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("Unknown ticket status " + status);
        }
        Long closedAt = "closed".equals(status) ? at.toEpochMilli() : null;
        return jdbc.update("update ticket " + ticketId, "UPDATE tickets SET status = ?, closed_at = ? WHERE id = ?",
                status, closedAt, ticketId) == 1;
    }
}
