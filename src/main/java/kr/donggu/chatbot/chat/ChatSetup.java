package kr.donggu.chatbot.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.time.Duration;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import kr.donggu.chatbot.curated.CuratedAnswers;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.ConversationRepository;

/**
 * What {@code App} hands the chat service: the model the configuration chose (and its mode name), its streaming twin
 * and the raw language model that rewrites follow-ups (both null in embedded mode), LangChain4j tools offered to it,
 * guided dialogues, the index, the store, metrics, the clock (fixed in tests) and staff's curated
 * answers (null: none). {@code memory} may be
 * null: the embedded model reads no transcript, so it gets a per-turn window, and the session state that follow-ups
 * need is stored with each turn anyway.
 */
public record ChatSetup(ChatModel model, StreamingChatModel streamingModel, ChatModel rewriter, Duration llmTimeout,
                        String mode,
                        List<Object> tools, List<DialogueHandler> dialogues, ProgramIndex index,
                        ConversationRepository conversations, ChatMemoryStore memory, MeterRegistry registry,
                        Clock clock, CuratedAnswers curated) {

    /** Without curated answers. */
    public ChatSetup(ChatModel model, StreamingChatModel streamingModel, ChatModel rewriter, Duration llmTimeout,
                     String mode, List<Object> tools, List<DialogueHandler> dialogues, ProgramIndex index,
                     ConversationRepository conversations, ChatMemoryStore memory, MeterRegistry registry,
                     Clock clock) {
        this(model, streamingModel, rewriter, llmTimeout, mode, tools, dialogues, index, conversations, memory, registry,
                clock, null);
    }
}
