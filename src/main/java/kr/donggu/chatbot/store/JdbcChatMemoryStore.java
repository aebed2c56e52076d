package kr.donggu.chatbot.store;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LangChain4j chat memory in the store ({@code chat_memory}, one JSON row per conversation).
 * {@code MessageWindowChatMemory} rewrites the whole window two or three times per turn; this store writes only when
 * the window ends with the model's answer, i.e. once per finished turn. The unfinished window in between lives in
 * memory for the length of its turn only: a new turn of the session forgets it ({@link #startTurn}), so a window
 * another node has since extended is always read from the store, never served from a stale copy.
 */
final class JdbcChatMemoryStore implements ChatMemoryStore {

    private static final int UNFINISHED = 10_000;
    private static final String UPSERT = "INSERT INTO chat_memory(id, messages, updated_at) VALUES (?, ?, ?) "
            + "ON CONFLICT(id) DO UPDATE SET messages = excluded.messages, updated_at = excluded.updated_at";

    private final Jdbc jdbc;
    private final Map<String, List<ChatMessage>> unfinished = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<ChatMessage>> eldest) {
                    return size() > UNFINISHED;
                }
            });

    JdbcChatMemoryStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Called when a turn of the session begins (under its lock): what an earlier, failed turn left is dropped. */
    void startTurn(String sessionId) {
        unfinished.remove(sessionId);
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        String id = String.valueOf(memoryId);
        List<ChatMessage> pending = unfinished.get(id);
        if (pending != null) {
            return new ArrayList<>(pending);
        }
        return new ArrayList<>(jdbc.one("read chat memory " + id, "SELECT messages FROM chat_memory WHERE id = ?",
                rs -> ChatMessageDeserializer.messagesFromJson(rs.getString(1)), id).orElse(List.of()));
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        String id = String.valueOf(memoryId);
        if (!messages.isEmpty() && messages.get(messages.size() - 1) instanceof AiMessage ai
                && !ai.hasToolExecutionRequests()) {
            jdbc.update("save chat memory " + id, UPSERT, id, ChatMessageSerializer.messagesToJson(messages),
                    System.currentTimeMillis());
            unfinished.remove(id);
        } else {
            unfinished.put(id, List.copyOf(messages));
        }
    }

    @Override
    public void deleteMessages(Object memoryId) {
        String id = String.valueOf(memoryId);
        unfinished.remove(id);
        jdbc.update("delete chat memory " + id, "DELETE FROM chat_memory WHERE id = ?", id);
    }
}
