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
 * LangChain4j chat memory in SQLite ({@code chat_memory}, one JSON row per conversation), with a bounded cache in
 * front. {@code MessageWindowChatMemory} rewrites the whole window two or three times per turn; this store writes
 * to SQLite only when the window ends with the model's answer, i.e. once per finished turn.
 */
public final class SqliteChatMemoryStore implements ChatMemoryStore {

    private static final int CACHED = 10_000;
    private static final String UPSERT = "INSERT INTO chat_memory(id, messages, updated_at) VALUES (?, ?, ?) "
            + "ON CONFLICT(id) DO UPDATE SET messages = excluded.messages, updated_at = excluded.updated_at";

    private final Jdbc jdbc;
    private final Map<String, List<ChatMessage>> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<ChatMessage>> eldest) {
                    return size() > CACHED;
                }
            });

    SqliteChatMemoryStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        String id = String.valueOf(memoryId);
        List<ChatMessage> cached = cache.get(id);
        if (cached != null) {
            return new ArrayList<>(cached);
        }
        List<ChatMessage> loaded = jdbc.one("read chat memory " + id, "SELECT messages FROM chat_memory WHERE id = ?",
                rs -> ChatMessageDeserializer.messagesFromJson(rs.getString(1)), id).orElse(List.of());
        cache.put(id, List.copyOf(loaded));
        return new ArrayList<>(loaded);
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        String id = String.valueOf(memoryId);
        cache.put(id, List.copyOf(messages));
        if (!messages.isEmpty() && messages.get(messages.size() - 1) instanceof AiMessage ai
                && !ai.hasToolExecutionRequests()) {
            jdbc.update("save chat memory " + id, UPSERT, id, ChatMessageSerializer.messagesToJson(messages),
                    System.currentTimeMillis());
        }
    }

    @Override
    public void deleteMessages(Object memoryId) {
        String id = String.valueOf(memoryId);
        cache.remove(id);
        jdbc.update("delete chat memory " + id, "DELETE FROM chat_memory WHERE id = ?", id);
    }
}
