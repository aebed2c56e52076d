package kr.donggu.chatbot.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kr.donggu.chatbot.store.ConversationRepository;
import kr.donggu.chatbot.store.Turn;

/**
 * Session state between turns, read from the store at the start of every turn (another node sharing the store may
 * have answered the previous message) and kept for the rest of the turn, where the retriever asks for it. The state
 * is written with each turn in the same transaction as the message, so what a restart reads back is what was
 * acknowledged.
 */
final class Conversations {

    private static final int CACHED_SESSIONS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConversationRepository repository;
    private final Map<String, SessionState> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, SessionState> eldest) {
                    return size() > CACHED_SESSIONS;
                }
            });

    Conversations(ConversationRepository repository) {
        this.repository = repository;
    }

    SessionState state(String sessionId) {
        SessionState loaded = repository.sessionState(sessionId).map(Conversations::parse).orElse(SessionState.NEW);
        cache.put(sessionId, loaded);
        return loaded;
    }

    /** The program the session is about; the retriever favours it for follow-up questions. */
    String currentProgram(Object sessionId) {
        SessionState s = cache.get(String.valueOf(sessionId));
        return s == null ? null : s.programId();
    }

    void save(Turn turn, SessionState next) {
        repository.saveTurn(turn, write(next));
        cache.put(turn.sessionId(), next);
    }

    Optional<Turn> findByExternalId(String channel, String externalId) {
        return repository.findByExternalId(channel, externalId);
    }

    private static SessionState parse(String json) {
        try {
            return JSON.readValue(json, SessionState.class);
        } catch (JsonProcessingException e) {
            return SessionState.NEW;   // an unreadable old state only costs the follow-up context
        }
    }

    private static String write(SessionState state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Session state is not serialisable", e);
        }
    }
}
