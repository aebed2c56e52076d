package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Sessions and their messages; each turn is stored with the session state in one transaction. */
public interface ConversationRepository {

    /**
     * Runs one turn of a session: turns of the same session never overlap, on this node or any other sharing the
     * store, so each one reads the state the previous one wrote. Throws {@link StoreUnavailableException} when the
     * session stays busy too long or the store cannot be reached.
     */
    <T> T inTurnOrder(String sessionId, Supplier<T> turn);

    /** The state stored with the session's last turn, read from the store (never a copy another node may have). */
    Optional<String> sessionState(String sessionId);

    /** Committed when it returns; {@link DuplicateTurnException} when the platform message id is already stored. */
    void saveTurn(Turn t, String sessionStateJson);

    Optional<Turn> findMessage(String messageId);

    Optional<Turn> findByExternalId(String channel, String externalId);

    /** The last {@code limit} turns of a session, oldest first. */
    List<Turn> history(String sessionId, int limit);

    long countMessages();

    void recordGuardAction(String messageId, String action, String detail, Instant at);

    List<Records.GuardEvent> guardEvents(int limit);
}
