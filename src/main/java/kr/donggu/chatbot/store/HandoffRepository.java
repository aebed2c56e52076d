package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Requests for a person from the district office: the only place contact details are kept. A closed ticket is
 * purged {@code RETENTION_DAYS} after it was closed.
 */
public interface HandoffRepository {

    Set<String> STATUSES = Set.of("open", "in_progress", "closed");

    /** @return the new ticket's id, {@code T-yyyyMMdd-} and 12 random hex digits; ids never collide */
    String create(String sessionId, String name, String contact, String question, Instant at);

    List<Records.Ticket> list(int limit);

    /** Same as {@link #updateStatus(String, String, Instant)} at the current time. */
    default boolean updateStatus(String ticketId, String status) {
        return updateStatus(ticketId, status, Instant.now());
    }

    /** @return false when there is no such ticket; closing records {@code at}, from which the purge counts */
    boolean updateStatus(String ticketId, String status, Instant at);
}
