package kr.donggu.chatbot.chat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import dev.langchain4j.service.memory.ChatMemoryAccess;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.List;
import kr.donggu.chatbot.answer.Prompts;

/**
 * The LangChain4j pipeline every mode shares: AiServices with chat memory in the store, retrieval augmented by the
 * resolved question (see {@link ReferenceResolver}), and whichever {@link ChatModel} the configuration chose. Tools
 * (the eligibility check) are optional.
 */
final class AnswerPipeline {

    static final int MEMORY_MESSAGES = 10;

    interface Assistant extends ChatMemoryAccess {
        // the message is a variable's value, never the template: a resident's "{{x}}" is text, not a variable
        @UserMessage("{{question}}")
        Result<String> chat(@MemoryId String sessionId, @V("question") String question, InvocationParameters params);
    }

    private final Assistant assistant;
    private final ModelReplies replies;

    AnswerPipeline(ChatModel model, ChatMemoryStore memory, RetrievalAugmentor augmentor, List<Object> tools,
                   ModelReplies replies) {
        var builder = AiServices.builder(Assistant.class)
                .chatModel(model)
                .systemMessageProvider(id -> Prompts.SYSTEM)
                .chatMemoryProvider(id -> memory == null
                        ? MessageWindowChatMemory.withMaxMessages(MEMORY_MESSAGES)
                        : MessageWindowChatMemory.builder().id(id).maxMessages(MEMORY_MESSAGES).chatMemoryStore(memory).build())
                .retrievalAugmentor(augmentor)
                .storeRetrievedContentInChatMemory(false);
        if (!tools.isEmpty()) {
            builder.tools(tools.toArray());
        }
        this.assistant = builder.build();
        this.replies = replies;
    }

    Draft answer(String sessionId, String question, ReferenceResolver.Resolution resolution, SessionState state) {
        try {
            Result<String> result = assistant.chat(sessionId, question, ModelReplies.parameters(resolution));
            AiMessage message = result.finalResponse().aiMessage();
            return replies.toDraft(result.content(), message.attributes(), result.sources(),
                    result.finalResponse().modelName(), state);
        } finally {
            // AiServices caches one memory object per session forever; the store keeps the conversation
            assistant.evictChatMemory(sessionId);
        }
    }
}
