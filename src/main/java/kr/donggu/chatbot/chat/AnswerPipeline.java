package kr.donggu.chatbot.chat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import dev.langchain4j.service.memory.ChatMemoryAccess;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.answer.GroundedChatModel;
import kr.donggu.chatbot.answer.Prompts;
import kr.donggu.chatbot.answer.RetrievedContents;

/**
 * The LangChain4j pipeline every mode shares: AiServices with chat memory in the store, the Lucene content
 * retriever, and whichever {@link ChatModel} the configuration chose. Tools (the eligibility check) are optional.
 */
final class AnswerPipeline {

    private static final int MEMORY_MESSAGES = 10;
    private static final String DONT_KNOW = "찾지 못했";

    interface Assistant extends ChatMemoryAccess {
        // the message is a variable's value, never the template: a resident's "{{x}}" is text, not a variable
        @UserMessage("{{question}}")
        Result<String> chat(@MemoryId String sessionId, @V("question") String question);
    }

    private final Assistant assistant;
    private final String mode;

    AnswerPipeline(ChatModel model, ChatMemoryStore memory, ContentRetriever retriever, List<Object> tools,
                          String mode) {
        var builder = AiServices.builder(Assistant.class)
                .chatModel(model)
                .systemMessageProvider(id -> Prompts.SYSTEM)
                .chatMemoryProvider(id -> memory == null
                        ? MessageWindowChatMemory.withMaxMessages(MEMORY_MESSAGES)
                        : MessageWindowChatMemory.builder().id(id).maxMessages(MEMORY_MESSAGES).chatMemoryStore(memory).build())
                .retrievalAugmentor(DefaultRetrievalAugmentor.builder()
                        .contentRetriever(retriever)
                        .contentInjector(new RetrievedContents())
                        .executor(Runnable::run)   // Lucene answers in well under a millisecond: no thread hop
                        .build())
                .storeRetrievedContentInChatMemory(false);
        if (!tools.isEmpty()) {
            builder.tools(tools.toArray());
        }
        this.assistant = builder.build();
        this.mode = mode;
    }

    Draft answer(String sessionId, String question, SessionState state) {
        try {
            Result<String> result = assistant.chat(sessionId, question);
            return toDraft(result, state);
        } finally {
            // AiServices caches one memory object per session forever; the store keeps the conversation
            assistant.evictChatMemory(sessionId);
        }
    }

    private Draft toDraft(Result<String> result, SessionState state) {
        AiMessage message = result.finalResponse().aiMessage();
        Map<String, Object> attributes = message.attributes();
        List<String> keys = sourceKeys(attributes, result.content(), result.sources());
        boolean answered = attributes.get(GroundedChatModel.ANSWERED) instanceof Boolean b
                ? b : !keys.isEmpty() && !result.content().contains(DONT_KNOW);
        String reason = attributes.get(GroundedChatModel.REASON) instanceof String r ? r : answered ? null : "not_found";
        String programId = keys.isEmpty() ? state.programId() : keys.get(0).split("\t")[0];
        String usedMode = GroundedChatModel.MODEL_NAME.equals(result.finalResponse().modelName())
                ? GroundedChatModel.MODEL_NAME : mode;
        return new Draft(result.content(), answered, reason, answered ? keys : keysOrEmpty(keys, reason),
                programId, usedMode, state.withProgram(programId), List.of());
    }

    private static List<String> keysOrEmpty(List<String> keys, String reason) {
        return "detail_missing".equals(reason) ? keys : List.of();
    }

    @SuppressWarnings("unchecked")
    private static List<String> sourceKeys(Map<String, Object> attributes, String answer, List<Content> retrieved) {
        if (attributes.get(GroundedChatModel.SOURCES) instanceof List<?> list) {
            return (List<String>) list;
        }
        return UsedSources.of(answer, retrieved);
    }
}
